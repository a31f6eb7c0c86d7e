package org.careerpath.progress;

import org.careerpath.support.CareerPathTest;
import java.nio.charset.StandardCharsets;

import org.careerpath.support.Browser;
import org.careerpath.support.Browser.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Progress as people use it, over real HTTP with JavaScript off: every change a form POST with its CSRF token,
 * answered with a redirect back to the step.
 */
@CareerPathTest
class ProgressJourneyTests {

	static final String CAREER = "/careers/director-of-clinical-services";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void guestTicksRegistersAndKeepsProgressAcrossSignOutAndIn() {
		Browser browser = new Browser(this.port);
		String email = "nurse-" + System.nanoTime() + "@example.org";
		browser.get(CAREER + "/progress");
		for (String step : new String[] { "educational-background", "healthcare-degree", "practical-experience" }) {
			Page page = browser.post(CAREER + "/progress/steps/" + step + "/done", "done", "true", "returnTo", "roadmap");
			assertThat(page.url()).endsWith(CAREER + "/roadmap#step-" + step);
		}
		assertThat(browser.get(CAREER + "/roadmap").text()).contains("3 of 10 steps done");
		assertThat(browser.cookie("careerpath_guest")).isPresent();

		Page registered = browser.post("/register", "email", email, "password", "a long enough secret");
		assertThat(registered.url()).endsWith("/account");
		assertThat(registered.text()).contains("Signed in as " + email);
		assertThat(browser.cookie("careerpath_guest")).as("guest cookie cleared after the merge").isEmpty();
		assertThat(browser.get(CAREER + "/roadmap").text()).contains("3 of 10 steps done");

		browser.post("/signout");
		assertThat(browser.get(CAREER + "/roadmap").text()).contains("0 of 10 steps done");

		browser.get("/signin");
		Page signedIn = browser.post("/signin", "email", email.toUpperCase(), "password", "a long enough secret");
		assertThat(signedIn.url()).endsWith("/account");
		assertThat(browser.get(CAREER + "/roadmap").text()).contains("3 of 10 steps done");
	}

	@Test
	void signingInMergesTheGuestsProgressWithTheAccountsOwn() {
		Browser browser = new Browser(this.port);
		String email = "merge-" + System.nanoTime() + "@example.org";
		browser.get("/register");
		browser.post("/register", "email", email, "password", "a long enough secret");
		browser.get(CAREER + "/progress");
		browser.post(CAREER + "/progress/steps/educational-background/done", "done", "true");
		browser.post(CAREER + "/progress/steps/networking/details", "note", "from the account", "completedOn", "",
				"evidenceUrl", "");
		browser.post("/signout");

		browser.get(CAREER + "/progress");
		browser.post(CAREER + "/progress/steps/healthcare-degree/done", "done", "true");
		browser.post(CAREER + "/progress/steps/networking/details", "note", "newer, from the guest", "completedOn", "",
				"evidenceUrl", "");
		assertThat(browser.get(CAREER + "/roadmap").text()).contains("1 of 10 steps done");
		String guest = browser.cookie("careerpath_guest").orElseThrow();

		browser.get("/signin");
		browser.post("/signin", "email", email, "password", "a long enough secret");

		assertThat(browser.cookie("careerpath_guest")).as("guest cookie cleared after the merge").isEmpty();
		Page progress = browser.get(CAREER + "/progress");
		assertThat(progress.text()).contains("2 of 10 steps done").contains("newer, from the guest")
			.doesNotContain("from the account");
		assertThat(this.jdbc.queryForObject("select count(*) from progress_profile where guest_token_hash = ?",
				Integer.class, GuestCookie.hash(guest)))
			.as("the guest profile is gone").isZero();
	}

	@Test
	void markingAStepDoneLeavesItsCompletionDateEmptyAndTheStepFormKeepsEveryTick() {
		Browser browser = new Browser(this.port);
		browser.get(CAREER + "/progress");
		Page saved = browser.post(CAREER + "/progress/steps/healthcare-degree", "status", "DONE", "done",
				firstActionOf("healthcare-degree"), "returnTo", "progress");
		assertThat(saved.url()).endsWith(CAREER + "/progress#step-healthcare-degree");
		assertThat(saved.text()).contains("1 of 10 steps done").contains("1 of 5 actions done").contains("Saved.");
		assertThat(this.jdbc.queryForObject("""
				select count(*) from step_progress s join progress_profile p on p.id = s.profile_id
				where p.guest_token_hash = ? and s.step_key = 'healthcare-degree' and s.completed_on is null
				and s.status = 'DONE'""", Integer.class, GuestCookie.hash(browser.cookie("careerpath_guest").orElseThrow())))
			.as("done, and no date the person did not give").isEqualTo(1);
		assertThat(browser.get(CAREER + "/progress/export").html()).doesNotContain("completedOn\":\"");
	}

	@Test
	void theFilterShowsAllStepsThoseToDoOrThoseDone() {
		Browser browser = new Browser(this.port);
		browser.get(CAREER + "/progress");
		browser.post(CAREER + "/progress/steps/educational-background/status", "status", "DONE");
		browser.post(CAREER + "/progress/steps/networking/status", "status", "SKIPPED");
		String done = browser.get(CAREER + "/progress?show=done").html();
		assertThat(done).contains("id=\"step-educational-background\"").contains("id=\"step-networking\"")
			.doesNotContain("id=\"step-healthcare-degree\"");
		String toDo = browser.get(CAREER + "/progress?show=todo").html();
		assertThat(toDo).contains("id=\"step-healthcare-degree\"").doesNotContain("id=\"step-educational-background\"");
		assertThat(browser.get(CAREER + "/progress?show=%3Cscript%3E").html()).as("anything else shows all")
			.contains("id=\"step-healthcare-degree\"").contains("id=\"step-networking\"");
	}

	@Test
	void anotherGuestOrAccountSeesNoneOfItAndCannotChangeIt() {
		Browser first = new Browser(this.port);
		first.get(CAREER + "/progress");
		first.post(CAREER + "/progress/steps/healthcare-degree/done", "done", "true");
		first.post(CAREER + "/progress/steps/healthcare-degree/details", "note", "my private note", "completedOn", "",
				"evidenceUrl", "");
		Long firstProfile = this.jdbc.queryForObject(
				"select profile_id from step_progress where note = 'my private note'", Long.class);

		Browser second = new Browser(this.port);
		assertThat(second.get(CAREER + "/progress").text()).contains("0 of 10 steps done").doesNotContain("my private note");
		// No address or parameter names a profile: whatever is sent, a change lands in the sender's own profile.
		second.post(CAREER + "/progress/steps/healthcare-degree/done", "done", "false", "profileId",
				String.valueOf(firstProfile), "profile", String.valueOf(firstProfile));
		second.post(CAREER + "/progress/steps/educational-background/done", "done", "true", "profileId",
				String.valueOf(firstProfile));
		assertThat(first.get(CAREER + "/progress").text()).contains("1 of 10 steps done").contains("my private note");
		assertThat(this.jdbc.queryForObject("select count(*) from step_progress where profile_id = ?", Integer.class,
				firstProfile)).isEqualTo(1);

		Browser account = new Browser(this.port);
		account.get("/register");
		account.post("/register", "email", "other-" + System.nanoTime() + "@example.org", "password", "another secret!");
		assertThat(account.get(CAREER + "/progress").text()).contains("0 of 10 steps done").doesNotContain("my private note");
		assertThat(account.get(CAREER + "/progress/export").html()).doesNotContain("my private note");
	}

	@Test
	void aChangeWithoutCsrfTokenIsRefusedAndStoresNothing() {
		Browser browser = new Browser(this.port);
		browser.get(CAREER + "/progress");
		Page refused = browser.postRaw(CAREER + "/progress/steps/healthcare-degree/done", "text/html", "done", "true");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.text()).contains("That change was not saved").doesNotContain("Exception");
		assertThat(browser.cookie("careerpath_guest")).isEmpty();
		assertThat(browser.get(CAREER + "/roadmap").text()).contains("0 of 10 steps done");
	}

	@Test
	void changesToUnknownCareersStepsOrRungsAre404sThatCreateNothing() {
		Browser browser = new Browser(this.port);
		browser.get(CAREER + "/progress");
		assertThat(browser.post("/careers/astronaut/progress/steps/x/done", "done", "true").status()).isEqualTo(404);
		assertThat(browser.post(CAREER + "/progress/steps/moonwalk/status", "status", "DONE").status()).isEqualTo(404);
		assertThat(browser.post("/careers/astronaut/ladder/position", "rung", "").status()).isEqualTo(404);
		assertThat(browser.post("/careers/astronaut/progress/reset", "confirm", "true").status()).isEqualTo(404);
		assertThat(browser.cookie("careerpath_guest")).as("no guest profile for a change that went nowhere").isEmpty();
	}

	@Test
	void importRefusesDatesNoPersonCouldHave() {
		Browser browser = new Browser(this.port);
		browser.get(CAREER + "/progress");
		String file = """
				{"format":"careerpath-progress","version":1,"career":"director-of-clinical-services",
				 "steps":[{"key":"networking","status":"DONE","completedOn":"-999999999-01-01"}]}""";
		browser.get(CAREER + "/progress");
		Page page = browser.upload(CAREER + "/progress/import", "old.json", file.getBytes(StandardCharsets.UTF_8));
		assertThat(page.text()).contains("The file was not imported").contains("has a date that is not a date");
		Page early = browser.post(CAREER + "/progress/steps/networking/details", "note", "", "completedOn", "0500-03-01",
				"evidenceUrl", "");
		assertThat(early.text()).contains("Enter a date from 1900 on.");
	}

	@Test
	void aNoteWithMarkupIsShownAsText() {
		Browser browser = new Browser(this.port);
		browser.get(CAREER + "/steps/networking");
		browser.post(CAREER + "/progress/steps/networking/details", "note", "<script>alert('x')</script> & <b>bold</b>",
				"completedOn", "", "evidenceUrl", "https://example.org/certificate?id=1&x=%3Cy%3E", "returnTo", "step");
		Page page = browser.get(CAREER + "/steps/networking");
		assertThat(page.html()).doesNotContain("<script>alert").doesNotContain("<b>bold</b>")
			.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;");
		assertThat(page.text()).contains("<script>alert('x')</script> & <b>bold</b>");
	}

	@Test
	void badDetailsGetAMessageKeepWhatWasTypedAndStoreNothing() {
		Browser browser = new Browser(this.port);
		browser.get(CAREER + "/progress");
		Page future = browser.post(CAREER + "/progress/steps/networking/details", "note", "kept text", "completedOn",
				"2999-01-01", "evidenceUrl", "");
		assertThat(future.text()).contains("The date completed cannot be in the future.");
		assertThat(future.html()).contains(">kept text</textarea>").contains("value=\"2999-01-01\"");

		Page notADate = browser.post(CAREER + "/progress/steps/networking/details", "note", "kept text", "completedOn",
				"last tuesday", "evidenceUrl", "");
		assertThat(notADate.text()).contains("Enter a date like 2025-03-31.");
		assertThat(notADate.html()).contains("value=\"last tuesday\"");

		Page script = browser.post(CAREER + "/progress/steps/networking/details", "note", "", "completedOn", "",
				"evidenceUrl", "javascript:alert(1)");
		assertThat(script.text()).contains("Enter a web address that starts with http:// or https://");
		assertThat(script.html()).contains("value=\"javascript:alert(1)\"");

		Page tooLong = browser.post(CAREER + "/progress/steps/networking/details", "note", "x".repeat(4001),
				"completedOn", "", "evidenceUrl", "");
		assertThat(tooLong.text()).contains("A note has at most 4,000 characters.");
		assertThat(tooLong.html()).contains("x".repeat(4001));

		assertThat(browser.cookie("careerpath_guest")).as("nothing stored, so no profile either").isEmpty();
	}

	@Test
	void aFileIsExportedAndImportedAgainWhileBadFilesChangeNothing() {
		Browser browser = new Browser(this.port);
		browser.get(CAREER + "/progress");
		browser.post(CAREER + "/progress/steps/further-education/status", "status", "IN_PROGRESS");
		browser.post(CAREER + "/progress/steps/further-education/details", "note", "MPH applications", "completedOn",
				"2024-05-01", "evidenceUrl", "https://example.org/offer");
		String exported = browser.get(CAREER + "/progress/export").html();
		assertThat(exported).contains("\"format\":\"careerpath-progress\"").contains("MPH applications");

		browser.get(CAREER + "/progress/reset");
		browser.post(CAREER + "/progress/reset", "confirm", "true");
		assertThat(browser.get(CAREER + "/progress").text()).doesNotContain("MPH applications");

		assertRejected(browser, "not json at all", "it is not JSON");
		assertRejected(browser, exported.replace("director-of-clinical-services", "astronaut"), "another roadmap (astronaut)");
		assertRejected(browser, exported.replace("careerpath-progress", "something-else"), "not a CareerPath progress file");
		assertRejected(browser, exported.replace("IN_PROGRESS", "HALF_DONE"), "unknown status");
		assertRejected(browser, exported.replace("2024-05-01", "2999-05-01"), "in the future");
		assertRejected(browser, exported.replace("https://example.org/offer", "javascript:alert(1)"), "not an http or https");
		Page tooLarge = browser.upload(CAREER + "/progress/import", "big.json",
				(" ".repeat(300 * 1024) + exported).getBytes(StandardCharsets.UTF_8));
		assertThat(tooLarge.status()).isEqualTo(413);
		assertThat(tooLarge.text()).contains("A progress file is at most 256 KB").contains("nothing was changed");
		assertThat(browser.get(CAREER + "/progress").text()).doesNotContain("MPH applications");

		browser.get(CAREER + "/progress");
		browser.upload(CAREER + "/progress/import", "mine.json", exported.getBytes(StandardCharsets.UTF_8));
		Page restored = browser.get(CAREER + "/progress");
		assertThat(restored.text()).contains("MPH applications").contains("1 May 2024").contains("In progress");
	}

	@Test
	void tickingEveryActionOffersToMarkTheStepDoneButDoesNotDoIt() {
		Browser browser = new Browser(this.port);
		browser.get(CAREER + "/steps/networking");
		var actions = this.jdbc.queryForList("""
				select a.action_key from step_action a join roadmap_step s on s.id = a.step_id
				where s.step_key = 'networking' order by a.position""", String.class);
		String[] fields = actions.stream().flatMap(key -> java.util.stream.Stream.of("done", key)).toArray(String[]::new);
		Page page = browser.post(CAREER + "/progress/steps/networking/actions",
				java.util.stream.Stream.concat(java.util.Arrays.stream(fields), java.util.stream.Stream.of("returnTo", "step"))
					.toArray(String[]::new));
		assertThat(page.text()).contains(actions.size() + " of " + actions.size() + " actions done")
			.contains("All actions are ticked. Mark this step done?")
			.contains("0 of 10 steps done");
		assertThat(page.html()).doesNotContain("data-offer-done=\"networking\" hidden");
	}

	@Test
	void iAmHereOnTheLadderIsKeptWithProgressAndMovesIntoTheAccount() {
		Browser browser = new Browser(this.port);
		browser.get(CAREER + "/ladder");
		Page placed = browser.post(CAREER + "/ladder/position", "rung", "clinical-services-manager");
		assertThat(placed.url()).endsWith(CAREER + "/ladder#rung-clinical-services-manager");
		assertThat(placed.text()).contains("You are here: Clinical Services Manager")
			.contains("Your next rung: Director of Clinical Operations.")
			.contains("Gain knowledge about budget management and resource allocation.");
		assertThat(browser.get(CAREER + "/progress/export").html()).contains("\"ladderRung\":\"clinical-services-manager\"");

		browser.get("/register");
		browser.post("/register", "email", "ladder-" + System.nanoTime() + "@example.org", "password", "climbing higher");
		assertThat(browser.get(CAREER + "/ladder").text()).contains("You are here: Clinical Services Manager");

		Page unknown = browser.post(CAREER + "/ladder/position", "rung", "astronaut");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.text()).contains("This career ladder has no rung “astronaut”.");
	}

	private String firstActionOf(String stepKey) {
		return this.jdbc.queryForObject("""
				select a.action_key from step_action a join roadmap_step s on s.id = a.step_id
				where s.step_key = ? order by a.position fetch first 1 rows only""", String.class, stepKey);
	}

	private static void assertRejected(Browser browser, String file, String message) {
		browser.get(CAREER + "/progress");
		Page page = browser.upload(CAREER + "/progress/import", "file.json", file.getBytes(StandardCharsets.UTF_8));
		assertThat(page.status()).as("answered in place").isEqualTo(400);
		assertThat(page.text()).contains("The file was not imported, and nothing changed").contains(message);
	}

}
