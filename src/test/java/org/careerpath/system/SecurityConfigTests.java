package org.careerpath.system;

import org.careerpath.support.Browser;
import org.careerpath.support.CareerPathTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Authorisation denies by default: only the listed routes answer; everything else is the friendly "not found" page.
 * Changes go over real HTTP with a real CSRF token, as a browser sends them.
 */
@CareerPathTest
class SecurityConfigTests {

	static final String CAREER = "/careers/director-of-clinical-services";

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theReadingPagesAndSignInAreOpenToEveryone() throws Exception {
		for (String path : new String[] { "/", CAREER, CAREER + "/roadmap", CAREER + "/progress", "/signin", "/register",
				"/actuator/health" }) {
			this.mvc.perform(get(path)).andExpect(status().isOk());
		}
	}

	@Test
	void changesOutsideTheListedRoutesAreNotFoundEvenWithAValidToken() {
		Browser browser = withToken();
		for (String[] change : new String[][] { { "POST", "/careers" }, { "PUT", CAREER + "/progress/steps/networking/done" },
				{ "DELETE", CAREER + "/progress" } }) {
			Browser.Page page = browser.send(change[0], change[1]);
			assertThat(page.status()).as(change[0] + " " + change[1]).isEqualTo(404);
			assertThat(page.text()).contains("We couldn’t find that page");
		}
		assertThat(browser.cookie("SESSION")).as("no session for a visitor").isEmpty();
	}

	@Test
	void aSignedInPersonMeetsTheSameWalls() {
		Browser browser = withToken();
		browser.get("/register");
		browser.post("/register", "email", "walls-" + System.nanoTime() + "@example.org", "password",
				"a long enough secret");
		browser.get(CAREER + "/progress");
		assertThat(browser.send("PUT", CAREER + "/progress/steps/networking/done").status()).isEqualTo(404);
		assertThat(browser.postRaw("/careers", "text/html").status()).as("without a token: refused before anything")
			.isEqualTo(403);
	}

	@Test
	void accountPagesSendAVisitorToSignInAndNothingElseStartsASession() throws Exception {
		this.mvc.perform(get("/account")).andExpect(redirectedUrl("/signin"));
		MvcResult notFound = this.mvc.perform(get("/no/such/page")).andExpect(status().isNotFound()).andReturn();
		assertThat(notFound.getRequest().getSession(false)).as("no session for a visitor who read").isNull();
	}

	@Test
	void aGuestsChangeAndItsMessageStartNoSession() {
		long sessionsBefore = storedSessions();
		Browser guest = withToken();
		Browser.Page saved = guest.post(CAREER + "/progress/steps/networking/details", "note", "first note",
				"completedOn", "", "evidenceUrl", "");
		assertThat(saved.text()).contains("Saved your note, date and link.");
		assertThat(guest.get(CAREER + "/progress").text()).as("the message is shown once")
			.doesNotContain("Saved your note, date and link.");
		Browser.Page refused = guest.post(CAREER + "/progress/steps/no-such-step/done", "done", "true");
		assertThat(refused.status()).isEqualTo(404);
		guest.get("/signin");
		guest.post("/signin", "email", "nobody-" + System.nanoTime() + "@example.org", "password", "wrong password");
		assertThat(guest.cookie("SESSION")).as("no session for a guest: changes, errors, redirects").isEmpty();
		assertThat(storedSessions()).as("no session row written for reading, a guest's changes or a failed sign-in")
			.isEqualTo(sessionsBefore);
	}

	private long storedSessions() {
		return this.jdbc.queryForObject("select count(*) from spring_session", Long.class);
	}

	private Browser withToken() {
		Browser browser = new Browser(this.port);
		browser.get(CAREER + "/progress"); // a page with a form, for its CSRF token
		return browser;
	}

}
