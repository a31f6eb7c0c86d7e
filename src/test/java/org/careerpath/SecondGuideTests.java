package org.careerpath;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.careerpath.career.guide.GuideLoading;
import org.careerpath.support.Browser;
import org.careerpath.support.Browser.Page;
import org.careerpath.support.CareerPathTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second guide, the test fixture, beside the real one: different money, bands, sections and ladder. Nothing of the
 * site assumes the first guide, and one career's progress never touches the other's.
 */
@CareerPathTest
class SecondGuideTests {

	static final String FIXTURE = "/careers/fixture-care-team-lead";

	static final String DIRECTOR = "/careers/director-of-clinical-services";

	static final Pattern LINK = Pattern.compile("href=\"(/careers/[^\"#?]*)");

	@Value("${local.server.port}")
	int port;

	@Autowired
	GuideLoading.Writer guides;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theCatalogueListsBothCareersWithTheirOwnStepCounts() {
		String catalogue = new Browser(this.port).get("/").text();
		assertThat(catalogue).contains("Director of Clinical Services").contains("Care Team Lead (test fixture)");
		assertThat(catalogue).contains("10 steps").contains("6 steps");
	}

	@Test
	void everyPageOfTheFixtureLinksOnlyToSectionsItHas() {
		Browser browser = new Browser(this.port);
		Page overview = browser.get(FIXTURE);
		assertThat(overview.status()).isEqualTo(200);
		List<String> links = links(overview.html());
		assertThat(links).contains(FIXTURE + "/roadmap", FIXTURE + "/progress", FIXTURE + "/skills",
				FIXTURE + "/ladder", FIXTURE + "/salaries")
			.doesNotContain(FIXTURE + "/faq", FIXTURE + "/responsibilities");
		for (String page : List.of("", "/roadmap", "/progress", "/skills", "/ladder", "/salaries",
				"/steps/learn-the-basics", "/steps/find-a-mentor")) {
			Page shown = browser.get(FIXTURE + page);
			assertThat(shown.status()).as(page).isEqualTo(200);
			for (String link : links(shown.html())) {
				assertThat(browser.get(link).status()).as("link " + link + " on " + page).isEqualTo(200);
			}
		}
		Page faq = browser.get(FIXTURE + "/faq");
		assertThat(faq.status()).isEqualTo(404);
		assertThat(faq.text()).contains("This career\u2019s guide has no FAQ page.");
		assertThat(browser.get(FIXTURE + "/responsibilities").status()).isEqualTo(404);
		assertThat(browser.get(DIRECTOR + "/faq").status()).isEqualTo(200);
	}

	@Test
	void salariesAreInTheGuidesCurrencyWithItsWorkingYearAndBands() {
		Browser browser = new Browser(this.port);
		String page = browser.get(FIXTURE + "/salaries?compare=junior&with=head&years=1").text();
		assertThat(page).contains("Currency: Euro (EUR)").contains("€30,000 – €38,000").contains("€50,000 – €65,000+")
			.doesNotContain("$");
		assertThat(page).as("the axis scales to these bands: €0 to €80K in steps of €10K")
			.contains("€10K").contains("€80K").doesNotContain("€90K").doesNotContain("€300K");
		assertThat(page).as("hourly: 30,000 ÷ 1,720 = 17.44").contains("€17.44").contains("÷ 1,720 working hours");
		assertThat(page).contains("With 1 year of experience, the guide\u2019s band is Junior Care Team Lead");
		assertThat(page).contains("The guide gives no years of experience for Head of Care Teams");
		assertThat(page).doesNotContain("director");
		assertThat(browser.get(FIXTURE + "/salaries?years=2").text())
			.contains("With 2 years of experience, the guide\u2019s band is Senior Care Team Lead");

		String director = browser.get(DIRECTOR + "/salaries?years=3").text();
		assertThat(director).contains("Currency: US Dollar (USD)").contains("$80,000 – $110,000")
			.contains("Your years of experience as a director")
			.contains("The guide\u2019s \u201c6+ years\u201d includes 6.")
			.contains("With 3 years at director level, the guide\u2019s band is Mid-Level Director of Clinical Services");
	}

	@Test
	void progressLadderPositionAndFilesOfOneCareerNeverTouchTheOther() {
		Browser browser = new Browser(this.port);
		browser.get(FIXTURE + "/progress");
		browser.post(FIXTURE + "/progress/steps/learn-the-basics/done", "done", "true");
		browser.get(FIXTURE + "/ladder");
		browser.post(FIXTURE + "/ladder/position", "rung", "senior-care-assistant");

		assertThat(browser.get(FIXTURE + "/roadmap").text()).contains("1 of 6 steps done");
		assertThat(browser.get(DIRECTOR + "/roadmap").text()).contains("0 of 10 steps done");
		assertThat(browser.get(FIXTURE + "/ladder").text()).contains("You are here");
		assertThat(browser.get(DIRECTOR + "/ladder").text()).doesNotContain("You are here");

		String fixtureFile = browser.get(FIXTURE + "/progress/export").html();
		assertThat(fixtureFile).containsPattern("\"career\"\\s*:\\s*\"fixture-care-team-lead\"").contains("learn-the-basics")
			.contains("senior-care-assistant").doesNotContain("educational-background");
		String directorFile = browser.get(DIRECTOR + "/progress/export").html();
		assertThat(directorFile).doesNotContain("learn-the-basics").doesNotContain("senior-care-assistant");

		browser.get(DIRECTOR + "/progress");
		Page refused = browser.upload(DIRECTOR + "/progress/import", "progress.json",
				fixtureFile.getBytes(StandardCharsets.UTF_8));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(browser.get(DIRECTOR + "/roadmap").text()).contains("0 of 10 steps done");
		assertThat(browser.get(FIXTURE + "/roadmap").text()).contains("1 of 6 steps done");
	}

	@Test
	void bandsWithoutYearsAndWithZeroFiguresStillMakeAWorkingSalariesPage() {
		this.guides.write("fixture-no-years", """
				# A test fixture: salaries with no years of experience at all, and figures of 0.
				slug: fixture-no-years
				title: No Years (test fixture)
				guideTitle: A fictional guide whose bands give no years
				summary: Fictional, for CareerPath's tests.
				steps:
				  - key: only-step
				    title: The Only Step
				    body: A fictional step.
				salaries:
				  currency: GBP
				  bands:
				    - key: volunteer
				      level: Volunteer
				      low: 0
				      high: 0
				      description: Unpaid, in this fiction.
				    - key: paid
				      level: Paid
				      low: 0
				      high: 20000
				      description: Paid, in this fiction.
				""");
		try {
			Browser browser = new Browser(this.port);
			Page page = browser.get("/careers/fixture-no-years/salaries?compare=volunteer&with=paid");
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.text()).contains("£0 – £20,000").contains("Compare two levels")
				.contains("£20,000 more")
				.doesNotContain("Where would I be?");
			assertThat(page.html()).doesNotContain("name=\"years\"");
			assertThat(links(browser.get("/careers/fixture-no-years").html()))
				.doesNotContain("/careers/fixture-no-years/skills", "/careers/fixture-no-years/ladder",
						"/careers/fixture-no-years/faq", "/careers/fixture-no-years/responsibilities");
			assertThat(browser.get("/careers/fixture-no-years/ladder").status()).isEqualTo(404);
		}
		finally {
			this.jdbc.update("update career set retired = true where slug = 'fixture-no-years'");
		}
	}

	private static List<String> links(String html) {
		Matcher matcher = LINK.matcher(html);
		return matcher.results().map(result -> result.group(1)).distinct().toList();
	}

}
