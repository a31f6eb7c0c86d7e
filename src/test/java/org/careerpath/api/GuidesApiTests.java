package org.careerpath.api;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.careerpath.api.ApiClient.Answer;
import org.careerpath.career.MoneyFormat;
import org.careerpath.career.SalaryRange;
import org.careerpath.support.Browser;
import org.careerpath.support.CareerPathTest;
import org.careerpath.support.Html;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The guides' content through the API, as an integrator reads it with curl, against what the pages show. */
@CareerPathTest
class GuidesApiTests {

	static final String GUIDE = "/api/v1/careers/director-of-clinical-services";

	@LocalServerPort
	int port;

	@Test
	void careersAreListedWithTheirGuidesAndPagesAndAnyCacheMayKeepThemForFiveMinutes() {
		ApiClient api = new ApiClient(this.port);
		Answer careers = api.get("/api/v1/careers");

		assertThat(careers.status()).isEqualTo(200);
		assertThat(careers.header("Content-Type")).startsWith("application/json");
		assertThat(careers.header("Cache-Control")).isEqualTo("max-age=300, public");
		JsonNode first = careers.json().get("careers").get(0);
		assertThat(careers.json().get("careers").findValuesAsString("slug")).contains("director-of-clinical-services",
				"fixture-care-team-lead");
		assertThat(first.get("href").asString()).isEqualTo("/api/v1/careers/" + first.get("slug").asString());
		assertThat(api.get(first.get("href").asString()).status()).isEqualTo(200);
		assertThat(new Browser(this.port).get(first.get("page").asString()).status()).isEqualTo(200);
	}

	@Test
	void aGuideRevalidatesWithItsEtagAndAnotherSiteMayReadIt() {
		ApiClient api = new ApiClient(this.port);
		Answer guide = api.get(GUIDE, "Origin", "https://intranet.example.org");
		String etag = guide.header("ETag");

		assertThat(etag).startsWith("W/\"");
		assertThat(guide.header("Access-Control-Allow-Origin")).isEqualTo("*");
		Answer again = api.get(GUIDE, "If-None-Match", etag);
		assertThat(again.status()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		Answer preflight = new ApiClient(this.port).preflight(GUIDE, "https://intranet.example.org", "GET");
		assertThat(preflight.status()).isEqualTo(200);
		assertThat(preflight.header("Access-Control-Allow-Methods")).contains("GET");
		assertThat(preflight.header("Access-Control-Expose-Headers")).contains("ETag");
	}

	/**
	 * Every guide the API lists, read whole through the API, and each of its facts found on the page that shows it:
	 * the API and the pages give the same content.
	 */
	@Test
	void everyGuideThroughTheApiSaysWhatItsPagesSay() {
		ApiClient api = new ApiClient(this.port);
		Browser reader = new Browser(this.port);
		JsonNode careers = api.get("/api/v1/careers").json().get("careers");
		List<String> slugs = careers.findValuesAsString("slug");
		java.util.Map<String, Integer> stepCounts = new java.util.HashMap<>();
		careers.forEach(career -> stepCounts.put(career.get("slug").asString(), career.get("stepCount").asInt()));
		assertThat(slugs).hasSizeGreaterThanOrEqualTo(2);
		for (String slug : slugs) {
			JsonNode guide = api.get("/api/v1/careers/" + slug).json();
			String base = "/careers/" + slug;
			String overview = page(reader, base);
			assertThat(overview).contains(guide.get("title").asString());
			shows(overview, all(guide.get("introduction")));
			String roadmap = page(reader, base + "/roadmap");
			List<String> stepKeys = new ArrayList<>();
			for (JsonNode step : guide.get("steps")) {
				stepKeys.add(step.get("key").asString());
				assertThat(roadmap).contains(step.get("title").asString());
				String stepPage = page(reader, step.get("page").asString());
				shows(stepPage, all(step.get("body")));
				shows(stepPage, each(step.get("actions"), action -> action.get("label").asString()));
			}
			assertThat(stepKeys).doesNotHaveDuplicates().hasSize(stepCounts.get(slug));
			if (!guide.get("skills").isEmpty() || !guide.get("credentials").isEmpty()) {
				String skills = page(reader, base + "/skills");
				shows(skills, each(guide.get("skills"), skill -> skill.get("name").asString()));
				shows(skills, each(guide.get("skills"), skill -> skill.get("description").asString()));
				shows(skills, each(guide.get("credentials"), credential -> credential.get("name").asString()));
				assertThat(stepKeys).containsAll(keys(guide.get("skills")));
			}
			if (!guide.get("ladder").isEmpty()) {
				String ladder = page(reader, base + "/ladder");
				for (JsonNode rung : guide.get("ladder")) {
					shows(ladder, rung.get("title").asString());
					shows(ladder, all(rung.get("description")));
					shows(ladder, each(rung.get("tips"), tip -> tip.get("text").asString()));
				}
			}
			JsonNode bands = guide.get("salaries").get("bands");
			if (!bands.isEmpty()) {
				String salaries = page(reader, base + "/salaries");
				for (JsonNode band : bands) {
					assertThat(salaries).contains(band.get("level").asString());
					assertThat(salaries).contains(MoneyFormat.range(new SalaryRange(band.get("medianMin").asLong(),
							band.get("medianMax").asLong(), band.get("openEnded").asBoolean(),
							Currency.getInstance(band.get("currency").asString())), Locale.US));
				}
			}
			if (!guide.get("responsibilities").isEmpty()) {
				String duties = page(reader, base + "/responsibilities");
				for (JsonNode area : guide.get("responsibilities")) {
					shows(duties, area.get("title").asString());
					shows(duties, all(area.get("duties")));
				}
			}
			if (!guide.get("faq").isEmpty()) {
				String faq = page(reader, base + "/faq");
				for (JsonNode entry : guide.get("faq")) {
					shows(faq, entry.get("question").asString());
					shows(faq, all(entry.get("answer")));
				}
			}
		}
	}

	@Test
	void aSalaryComparisonHasTheFiguresOfTheSalariesPage() {
		JsonNode comparison = new ApiClient(this.port).get(GUIDE + "/salaries/comparison?compare=entry-level&with=executive")
			.json();
		String page = page(new Browser(this.port),
				"/careers/director-of-clinical-services/salaries?compare=entry-level&with=executive");

		assertThat(comparison.get("currency").asString()).isEqualTo("USD");
		JsonNode from = comparison.get("from");
		assertThat(page)
			.contains(String.format("$%,d – $%,d", from.get("monthlyMin").asLong(), from.get("monthlyMax").asLong()))
			.contains("$" + from.get("hourlyMin").decimalValue().toPlainString() + " – $"
					+ from.get("hourlyMax").decimalValue().toPlainString());
		JsonNode low = comparison.get("difference").get(0);
		JsonNode high = comparison.get("difference").get(1);
		assertThat(low.get("measure").asString()).isEqualTo("LOW");
		assertThat(page).contains(String.format("$%,d more (%s%%)", low.get("amount").asLong(),
				low.get("percent").decimalValue().stripTrailingZeros().toPlainString()));
		assertThat(high.get("bound").asString()).isEqualTo("AT_LEAST");
		assertThat(page).contains(String.format("at least $%,d more (at least %s%%)", high.get("amount").asLong(),
				high.get("percent").decimalValue().toPlainString()));
		assertThat(comparison.get("to").get("openEnded").asBoolean()).isTrue();
	}

	@Test
	void aComparisonOfLevelsTheGuideHasNotSaysWhichParameterIsWrong() {
		ApiClient api = new ApiClient(this.port);
		Answer unknown = api.get(GUIDE + "/salaries/comparison?compare=entry-level&with=astronaut");
		Answer same = api.get(GUIDE + "/salaries/comparison?compare=senior&with=senior");
		Answer missing = api.get(GUIDE + "/salaries/comparison?compare=senior");

		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
		assertThat(unknown.json().get("type").asString()).isEqualTo("urn:careerpath:problem:invalid-request");
		assertThat(unknown.json().get("field").asString()).isEqualTo("with");
		assertThat(unknown.json().get("detail").asString()).contains("astronaut").contains("mid-level");
		assertThat(same.json().get("detail").asString()).contains("two different levels");
		assertThat(missing.json().get("field").asString()).isEqualTo("with");
	}

	@Test
	void searchFindsTheCredentialFirstWithItsPlaceAndMarkedWords() {
		ApiClient api = new ApiClient(this.port);
		JsonNode found = api.get("/api/v1/search?q=CHE+certifications").json();
		JsonNode first = found.get("hits").get(0);

		assertThat(found.get("total").asInt()).isGreaterThan(1);
		assertThat(first.get("kind").asString()).isEqualTo("credential");
		assertThat(first.get("page").asString()).isEqualTo("/careers/director-of-clinical-services/skills#credential-che");
		assertThat(first.get("title").asString()).isEqualTo("Certified Healthcare Executive (CHE)");
		assertThat(first.get("snippetParts").findValuesAsString("text")).isNotEmpty();
		assertThat(String.join("", first.get("snippetParts").findValuesAsString("text")))
			.isEqualTo(first.get("snippet").asString());
		JsonNode onlySecond = api.get("/api/v1/search?q=team&career=fixture-care-team-lead").json();
		assertThat(onlySecond.get("hits").findValuesAsString("career")).isNotEmpty()
			.allMatch("fixture-care-team-lead"::equals);
	}

	@Test
	void searchAnswersHostileQueriesAndSaysWhatIsWrongWithBadOnes() {
		ApiClient api = new ApiClient(this.port);
		Answer huge = api.get("/api/v1/search?q=" + "certification+".repeat(700));
		assertThat(huge.status()).isEqualTo(200);
		assertThat(huge.json().get("shortened").asBoolean()).isTrue();
		for (String query : List.of("%22unbalanced", "(((", "*:*", "a+AND+OR+NOT", "%3Cscript%3E")) {
			assertThat(api.get("/api/v1/search?q=" + query).status()).as(query).isEqualTo(200);
		}
		assertThat(api.get("/api/v1/search?q=").json().get("field").asString()).isEqualTo("q");
		assertThat(api.get("/api/v1/search").json().get("field").asString()).isEqualTo("q");
		assertThat(api.get("/api/v1/search?q=care&page=abc").json().get("field").asString()).isEqualTo("page");
		assertThat(api.get("/api/v1/search?q=care&page=0").status()).isEqualTo(400);
		Answer unknownCareer = api.get("/api/v1/search?q=care&career=astronaut");
		assertThat(unknownCareer.status()).isEqualTo(404);
		assertThat(unknownCareer.json().get("type").asString()).isEqualTo("urn:careerpath:problem:not-found");
	}

	@Test
	void errorsAreProblemDocumentsWithAStableType() {
		ApiClient api = new ApiClient(this.port);
		Answer career = api.get("/api/v1/careers/astronaut");
		Answer address = api.get("/api/v1/nothing-here");
		Answer html = api.get("/api/v1/careers", "Accept", "text/html");

		assertThat(career.status()).isEqualTo(404);
		assertThat(career.header("Content-Type")).startsWith("application/problem+json");
		assertThat(career.json().get("type").asString()).isEqualTo("urn:careerpath:problem:not-found");
		assertThat(career.json().get("instance").asString()).isEqualTo("/api/v1/careers/astronaut");
		assertThat(career.json().get("detail").asString()).contains("astronaut");
		assertThat(address.status()).isEqualTo(404);
		assertThat(address.json().get("type").asString()).isEqualTo("urn:careerpath:problem:not-found");
		assertThat(html.status()).isEqualTo(406);
		assertThat(html.json().get("type").asString()).isEqualTo("urn:careerpath:problem:not-acceptable");
		// The pages keep their own 404 page
		Browser reader = new Browser(this.port);
		assertThat(reader.get("/careers/astronaut").html()).contains("<html");
	}

	@Test
	void addressesTheSiteRefusesEarlyAreProblemDocumentsToo() {
		ApiClient api = new ApiClient(this.port);
		for (String path : List.of("/api", "/api/v1", "/api/v1/careers/", "/api/v1/careers/a;b", "/api/v1//careers",
				"/api/v1/careers/%252e%252e")) {
			Answer answer = api.get(path, "Accept", "text/html, */*;q=0.1");
			assertThat(answer.header("Content-Type")).as(path).startsWith("application/problem+json");
			assertThat(answer.json().get("type").asString()).as(path).startsWith("urn:careerpath:problem:");
			assertThat(answer.json().get("status").asInt()).as(path).isEqualTo(answer.status());
		}
		Answer longSlug = api.get("/api/v1/careers/" + "a".repeat(20_000));
		assertThat(longSlug.status()).isEqualTo(404);
		assertThat(longSlug.body().length()).isLessThan(1_000);
	}

	private static String page(Browser reader, String path) {
		Browser.Page page = reader.get(path);
		assertThat(page.status()).as(path).isEqualTo(200);
		return Html.text(page.html());
	}

	private static void shows(String page, String... texts) {
		for (String text : texts) {
			assertThat(page).contains(text);
		}
	}

	private static String[] all(JsonNode texts) {
		return each(texts, JsonNode::asString);
	}

	private static String[] each(JsonNode items, Function<JsonNode, String> text) {
		List<String> all = new ArrayList<>();
		items.forEach(item -> all.add(text.apply(item).replaceAll("\\s+", " ").strip()));
		return all.toArray(String[]::new);
	}

	private static List<String> keys(JsonNode skills) {
		List<String> keys = new ArrayList<>();
		skills.forEach(skill -> skill.get("steps").forEach(step -> keys.add(step.asString())));
		return keys;
	}

}
