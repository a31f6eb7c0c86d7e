package org.careerpath;

import org.careerpath.support.CareerPathTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.careerpath.support.Html;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The whole application on a fresh H2 file database, migrated by Flyway at start, served over real HTTP: every page
 * answers, missing things are helpful 404 pages, and every fact of the guide can be reached by following links
 * from the home page.
 */
@CareerPathTest
class ReadingJourneyTests {

	static final String CAREER = "/careers/director-of-clinical-services";

	/** The guide this content was written from; CI has it beside the clone. */
	static final Path GUIDE = Path.of(System.getProperty("careerpath.guide",
			"../shared/guide/director-of-clinical-services.txt"));

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void everyPageOfTheGuideIsServed() throws Exception {
		for (String path : List.of("/", CAREER, CAREER + "/roadmap", CAREER + "/steps/educational-background",
				CAREER + "/steps/apply-for-positions", CAREER + "/skills", CAREER + "/ladder", CAREER + "/salaries",
				CAREER + "/responsibilities", CAREER + "/faq")) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
					type -> assertThat(type).startsWith("text/html").contains("UTF-8"));
			assertThat(response.body()).as(path).contains("<main id=\"main\"").contains("<h1");
		}
	}

	@Test
	void missingCareersStepsAndSectionsAreHelpful404Pages() throws Exception {
		for (String path : List.of("/careers/astronaut", "/careers/astronaut/roadmap", CAREER + "/steps/step-99",
				CAREER + "/salary-negotiation", "/no/such/page")) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.body()).as(path)
				.contains("We couldn’t find that page")
				.contains("href=\"/\"")
				.doesNotContain("Whitelabel")
				.doesNotContain("Exception");
		}
		assertThat(get(CAREER + "/steps/step-99").body()).contains("href=\"" + CAREER + "/roadmap\"");
	}

	@Test
	void aFailureOnOurSideIsAFriendly500PageWithoutAStackTrace() throws Exception {
		HttpResponse<String> response = get("/careers/test-only/failure");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("Something went wrong on our side")
			.contains("href=\"/\"")
			.doesNotContain("IllegalStateException")
			.doesNotContain("at org.")
			.doesNotContain("Whitelabel");
	}

	@Test
	void aRequestWeCannotUseIsAFriendly400Page() throws Exception {
		HttpResponse<String> years = get(CAREER + "/salaries?years=" + "9".repeat(5000));
		assertThat(years.statusCode()).isEqualTo(400);
		assertThat(years.body()).contains("Enter your years of experience as a whole number");
		HttpResponse<String> status = get(CAREER + "/progress/steps/networking?x=1");
		assertThat(status.statusCode()).as("the progress state address opened in a browser").isEqualTo(302);
	}

	@Test
	void stepsLinkToTheirNeighboursAndBackToTheRoadmap() throws Exception {
		String body = get(CAREER + "/steps/healthcare-degree").body();
		assertThat(Html.text(body)).contains("Step 2 of 10");
		assertThat(body).contains("href=\"" + CAREER + "/steps/educational-background\"")
			.contains("href=\"" + CAREER + "/steps/practical-experience\"")
			.contains("href=\"" + CAREER + "/roadmap#step-healthcare-degree\"");
	}

	@Test
	void everyFactOfTheGuideCanBeReachedByClickingFromHome() throws Exception {
		assumeTrue(Files.exists(GUIDE), "the guide is not beside this clone at " + GUIDE.toAbsolutePath());
		Map<String, String> pages = crawlFromHome();
		assertThat(pages.keySet()).as("the guide's overview, 6 sections and 10 steps, each reached from home")
			.filteredOn(path -> path.startsWith("/careers/director-of-clinical-services"))
			.hasSize(17);
		String site = String.join(" ", pages.values());

		List<String> missing = new ArrayList<>();
		for (String fact : GuideFacts.read(GUIDE)) {
			if (!site.contains(fact)) {
				missing.add(fact);
			}
		}
		assertThat(missing).as("guide text not reachable from /").isEmpty();
	}

	/** Follows every same-site link from "/" once; returns each page's visible text. */
	private Map<String, String> crawlFromHome() throws IOException, InterruptedException {
		Map<String, String> seen = new LinkedHashMap<>();
		Deque<String> queue = new ArrayDeque<>(List.of("/"));
		while (!queue.isEmpty()) {
			String path = queue.poll();
			if (seen.containsKey(path) || !isReadingPage(path)) {
				continue;
			}
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as("link " + path).isEqualTo(200);
			seen.put(path, Html.text(response.body()));
			queue.addAll(Html.links(response.body()));
		}
		return seen;
	}

	/** The guide's pages; the personal pages (progress, advisor, assessment, account) hold no guide facts of their own. */
	private static boolean isReadingPage(String path) {
		return path.equals("/") || (path.startsWith("/careers/") && !path.contains("/progress")
				&& !path.endsWith("/advisor") && !path.endsWith("/skills/assessment"));
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html")
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
