package org.careerpath.advisor;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import net.fortuna.ical4j.data.CalendarBuilder;
import org.careerpath.support.Browser;
import org.careerpath.support.Browser.Page;
import org.careerpath.support.CareerPathTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A guest rates their skills, fills the advisor, reads a plan that explains itself, applies its steps, downloads
 * the calendar, comes back, registers, and finds it all again.
 */
@CareerPathTest
class AdvisorJourneyTests {

	static final String CAREER = "/careers/director-of-clinical-services";

	static final List<String> SKILLS = List.of("leadership", "healthcare-regulations", "clinical-expertise",
			"decision-making", "financial-management", "communication", "strategic-planning", "quality-management",
			"problem-solving", "teamwork", "conflict-resolution", "project-management", "organizational-skills",
			"empathy", "adaptability");

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MeterRegistry meters;

	@Test
	void fillPlanApplyDownloadComeBackRegisterAndSeeItAllAgain() throws Exception {
		Browser browser = new Browser(this.port);
		browser.get(CAREER + "/skills/assessment");
		assertThat(browser.post(CAREER + "/skills/assessment", ratings("2", null)).text()).contains("Saved your ratings.");
		browser.get(CAREER + "/skills/assessment");
		Page again = browser.post(CAREER + "/skills/assessment", ratings("2", "4"));
		assertThat(again.text()).contains("Financial Management 2 \u2192 4 since");

		browser.get(CAREER + "/advisor");
		double plansBefore = plans();
		String target = LocalDate.now().plusYears(3).toString();
		Page saved = browser.post(CAREER + "/advisor", "educationLevel", "master", "educationField",
				"health-administration", "credentials", "registered-nurse-licence", "credentials", "cmm",
				"clinicalYears", "6", "managementYears", "1", "currentRole", "clinical-services-manager", "targetDate",
				target);
		String plan = saved.text();
		assertThat(saved.status()).isEqualTo(200);
		assertThat(plans() - plansBefore).as("the advisor's plans counted").isEqualTo(1);
		assertThat(plan).contains("Saved your answers.")
			.contains("You said your current role is Clinical Services Manager")
			.contains("Director of Clinical Operations")
			.contains("Step 1: Acquire a Solid Educational Background")
			.contains("you have a master\u2019s degree in Health administration or health management")
			.contains("you hold the Registered Nurse (RN) licence")
			.contains("The guide: \u201c")
			.contains("You reported 6 years in clinical roles")
			.contains("because")
			.contains("Financial Management")
			.contains("4 of 5")
			.contains("Compare it with the next band");

		Page applied = browser.post(CAREER + "/advisor/apply");
		assertThat(applied.text()).contains("Marked the suggested steps done");
		assertThat(browser.get(CAREER + "/roadmap").text()).contains("3 of 10 steps done");
		browser.get(CAREER + "/advisor");
		browser.post(CAREER + "/advisor/apply");
		assertThat(browser.get(CAREER + "/roadmap").text()).as("applying twice changes nothing more")
			.contains("3 of 10 steps done");

		Page ics = browser.get(CAREER + "/advisor/plan.ics");
		assertThat(ics.status()).isEqualTo(200);
		net.fortuna.ical4j.model.Calendar calendar = new CalendarBuilder().build(new StringReader(ics.html()));
		assertThat(calendar.getComponents("VEVENT")).as("one event per step still to do").hasSize(7);

		Page back = browser.get(CAREER + "/advisor");
		assertThat(back.html()).contains("value=\"6\"").contains("value=\"" + target + "\"")
			.containsPattern("value=\"cmm\"\\s+checked");

		String email = "advisor-" + UUID.randomUUID() + "@example.org";
		browser.get("/register");
		browser.post("/register", "email", email, "password", "a long enough secret");
		assertThat(browser.get(CAREER + "/advisor").html()).contains("value=\"6\"");
		assertThat(browser.get(CAREER + "/skills/assessment").text()).contains("Financial Management 2 \u2192 4 since");
		String file = browser.get(CAREER + "/progress/export").html();
		assertThat(file).contains("\"advisor\"").contains("\"clinicalYears\":6").contains("\"ratings\"")
			.contains("\"skill\":\"financial-management\",\"rating\":4");
	}

	@Test
	void theAccountsDataDownloadHasTheAdvisorsDataAndDeletionRemovesIt() {
		Browser browser = new Browser(this.port);
		String email = "advisor-data-" + UUID.randomUUID() + "@example.org";
		browser.get("/register");
		browser.post("/register", "email", email, "password", "a long enough secret");
		browser.get(CAREER + "/skills/assessment");
		browser.post(CAREER + "/skills/assessment", ratings("5", null));
		browser.get(CAREER + "/advisor");
		browser.post(CAREER + "/advisor", "educationLevel", "doctorate", "educationField", "public-health",
				"managementYears", "9", "currentRole", "other");
		String data = browser.get("/account/export").html();
		assertThat(data).contains("\"managementYears\":9").contains("\"skill\":\"empathy\",\"rating\":5");
		long profile = this.jdbc.queryForObject("select p.id from progress_profile p join user_account a"
				+ " on a.id = p.account_id where a.email = ?", Long.class, email);
		browser.get("/account/delete");
		browser.post("/account/delete", "password", "a long enough secret", "confirm", "true");
		assertThat(this.jdbc.queryForObject("select count(*) from skill_rating where profile_id = ?", Integer.class,
				profile)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from advisor_answers where profile_id = ?",
				Integer.class, profile)).isZero();
	}

	@Test
	void answersAndRatingsTravelInTheProgressFile() {
		Browser first = new Browser(this.port);
		first.get(CAREER + "/skills/assessment");
		first.post(CAREER + "/skills/assessment", ratings("4", "1"));
		first.get(CAREER + "/advisor");
		first.post(CAREER + "/advisor", "educationLevel", "bachelor", "educationField", "nursing", "clinicalYears", "12",
				"currentRole", "registered-nurse");
		byte[] file = first.get(CAREER + "/progress/export").html().getBytes(java.nio.charset.StandardCharsets.UTF_8);

		Browser second = new Browser(this.port);
		second.get(CAREER + "/progress");
		assertThat(second.upload(CAREER + "/progress/import", "progress.json", file).status()).isEqualTo(200);
		assertThat(second.get(CAREER + "/advisor").html()).contains("value=\"12\"")
			.contains("Registered nurse or staff nurse");
		assertThat(second.get(CAREER + "/skills/assessment").text()).contains("Financial Management 1, on");

		String broken = new String(file, java.nio.charset.StandardCharsets.UTF_8).replace("\"rating\":4", "\"rating\":9");
		Browser third = new Browser(this.port);
		third.get(CAREER + "/progress");
		assertThat(third.upload(CAREER + "/progress/import", "progress.json",
				broken.getBytes(java.nio.charset.StandardCharsets.UTF_8)).status()).isEqualTo(400);
		assertThat(third.get(CAREER + "/skills/assessment").text()).doesNotContain("Your ratings over time");
	}

	@Test
	void badAnswersComeBackWithAMessageByEachFieldAndNothingSaved() {
		Browser browser = new Browser(this.port);
		browser.get(CAREER + "/advisor");
		double plansBefore = plans();
		Page bad = browser.post(CAREER + "/advisor", "educationLevel", "master", "educationField", "nursing",
				"clinicalYears", "sixty-one", "managementYears", "61", "currentRole", "astronaut", "targetDate",
				"2001-01-01");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.text()).contains("Enter a whole number of years from 0 to 60")
			.contains("Choose one of the options offered.")
			.contains("Choose a date after today and within 30 years.");
		assertThat(bad.html()).contains("value=\"sixty-one\"").contains("value=\"2001-01-01\"");

		Page tampered = browser.post(CAREER + "/advisor", "educationLevel", "master", "educationField", "nursing",
				"credentials", "astronaut-licence", "currentRole", "student");
		assertThat(tampered.status()).isEqualTo(400);
		assertThat(browser.get(CAREER + "/advisor").text()).as("nothing saved").doesNotContain("Where you stand");
		assertThat(plans()).as("no plan counted").isEqualTo(plansBefore);

		browser.get(CAREER + "/skills/assessment");
		List<String> fields = new ArrayList<>(List.of(ratings("3", null)));
		fields.addAll(List.of("rating.juggling", "5"));
		assertThat(browser.post(CAREER + "/skills/assessment", fields.toArray(String[]::new)).status()).isEqualTo(400);
		browser.get(CAREER + "/skills/assessment");
		Page outOfRange = browser.post(CAREER + "/skills/assessment", ratings("6", null));
		assertThat(outOfRange.status()).isEqualTo(400);
		assertThat(outOfRange.text()).contains("Rate every skill");
		assertThat(browser.get(CAREER + "/skills/assessment").text()).as("nothing saved")
			.doesNotContain("Your ratings over time");
		assertThat(browser.get(CAREER + "/advisor/plan.ics").status()).isEqualTo(404);
	}

	/** Every skill rated {@code all}, and financial management rated {@code financial} when given. */
	private static String[] ratings(String all, String financial) {
		List<String> fields = new ArrayList<>();
		for (String skill : SKILLS) {
			fields.add("rating." + skill);
			fields.add(skill.equals("financial-management") && financial != null ? financial : all);
		}
		return fields.toArray(String[]::new);
	}

	private double plans() {
		return this.meters.counter("careerpath.advisor.plans").count();
	}

}
