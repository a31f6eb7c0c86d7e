package org.careerpath.system;

import org.careerpath.support.Browser;
import org.careerpath.support.CareerPathTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** A signed-in person's pages read their session but do not write it back each time (at most once a minute). */
@CareerPathTest
class SessionWritesTests {

	static final String CAREER = "/careers/director-of-clinical-services";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void readingPagesSignedInLeavesTheSessionRowAsItWas() {
		Browser person = new Browser(this.port);
		String email = "session-writes-" + System.nanoTime() + "@example.org";
		person.get("/register");
		person.post("/register", "email", email, "password", "a long enough secret");
		Long before = lastUsed(email);

		for (String page : new String[] { "/progress", "/roadmap", "/progress", "/steps/networking" }) {
			assertThat(person.get(CAREER + page).html()).as("signed in on " + page).contains("action=\"/signout\"");
		}
		person.post(CAREER + "/progress/steps/networking/done", "done", "true", "returnTo", "roadmap");

		assertThat(lastUsed(email)).isEqualTo(before);
		assertThat(person.get("/account").text()).contains(email);
	}

	private Long lastUsed(String email) {
		return this.jdbc.queryForObject(
				"select max(last_access_time) from spring_session where principal_name = ?", Long.class, email);
	}

}
