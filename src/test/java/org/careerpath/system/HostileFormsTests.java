package org.careerpath.system;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.careerpath.support.Browser;
import org.careerpath.support.Browser.Page;
import org.careerpath.support.CareerPathTest;
import org.careerpath.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every form field, query parameter, path variable and cookie of the site fed what a careless or hostile client
 * sends: each answer is a 4xx with a message or a page that shows the text back escaped; never a 500, and what a
 * person had saved stays as it was.
 */
@CareerPathTest
class HostileFormsTests {

	static final String CAREER = "/careers/director-of-clinical-services";

	static final String SCRIPT = "<script>alert(1)</script>";

	static final List<String> VALUES = List.of("", " ", "x".repeat(10_000), "\u0000\u0007\u001b[2J", "\u202Eevil\u202C",
			SCRIPT, "\"><img src=x onerror=alert(1)>", "' OR 1=1 --", "%zz", "../../etc/passwd", "-1",
			"99999999999999999999", "0000-00-00", "2024-02-30", "+99999-01-01", "DONE", "true", "\uD83D\uDE00",
			"\uFFFF", "null");

	static final List<String[]> FORMS = List.of(new String[] { "/progress/steps/networking/done", "done", "returnTo" },
			new String[] { "/progress/steps/networking/status", "status", "returnTo" },
			new String[] { "/progress/steps/networking/actions", "done", "returnTo" },
			new String[] { "/progress/steps/networking/details", "note", "completedOn", "evidenceUrl", "returnTo" },
			new String[] { "/ladder/position", "rung" }, new String[] { "/progress/reset", "confirm" });

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyProgressFieldTakesAnythingWithoutA500OrLosingWhatWasSaved() {
		Browser browser = new Browser(this.port);
		browser.get(CAREER + "/progress");
		browser.post(CAREER + "/progress/steps/healthcare-degree/details", "note", "keep me", "completedOn",
				"2020-06-01", "evidenceUrl", "https://example.org/degree");
		List<String> failures = new ArrayList<>();
		for (String[] form : FORMS) {
			for (int field = 1; field < form.length; field++) {
				for (String value : VALUES) {
					if (form[0].endsWith("/reset") && value.equals("true")) {
						continue; // a real, confirmed reset: it would rightly clear what this test keeps
					}
					check(failures, form[0] + " " + form[field], browser.post(CAREER + form[0], form[field], value),
							value);
				}
			}
		}
		assertThat(failures).isEmpty();
		String saved = browser.get(CAREER + "/progress").html();
		assertThat(saved).contains("keep me").contains("https://example.org/degree");
		assertThat(saved).doesNotContain(SCRIPT);
	}

	@Test
	void accountFormsTakeAnythingWithoutA500() {
		List<String> failures = new ArrayList<>();
		Browser visitor = new Browser(this.port);
		visitor.get("/register");
		for (String value : VALUES) {
			check(failures, "register email", visitor.post("/register", "email", value, "password", "a long enough secret"),
					value);
			check(failures, "register password",
					visitor.post("/register", "email", "fuzz-" + System.nanoTime() + "@example.org", "password", value),
					value);
			check(failures, "sign in", visitor.post("/signin", "email", value, "password", value), value);
		}
		Browser member = new Browser(this.port);
		member.get("/register");
		member.post("/register", "email", "member-" + System.nanoTime() + "@example.org", "password",
				"a long enough secret");
		for (String value : VALUES.subList(0, 8)) { // fewer: wrong passwords here count towards a lockout
			check(failures, "password change",
					member.post("/account/password", "currentPassword", "a long enough secret", "newPassword", value), value);
			check(failures, "deletion confirm",
					member.post("/account/delete", "password", "not the password", "confirm", value), value);
		}
		assertThat(failures).isEmpty();
		assertThat(member.get("/account").url()).as("still there, still signed in").endsWith("/account");
	}

	@Test
	void queryParametersPathVariablesAndCookiesTakeAnythingWithoutA500() {
		List<String> failures = new ArrayList<>();
		Browser browser = new Browser(this.port);
		for (String value : VALUES) {
			String encoded = java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
			for (String path : List.of(CAREER + "/salaries?compare=" + encoded + "&with=senior&years=" + encoded,
					CAREER + "/salaries?years=" + encoded, "/careers/" + encoded + "/roadmap",
					CAREER + "/steps/" + encoded, CAREER + "/progress/steps/" + encoded + "/details", "/?q=" + encoded)) {
				check(failures, path, browser.get(path), value);
			}
		}
		RawHttp raw = new RawHttp(this.port);
		for (String cookie : List.of("careerpath_guest=" + "A".repeat(43), "careerpath_guest=%00%zz",
				"careerpath_flash=" + "%%%", "careerpath_flash=L3wgZmxhc2g9PHNjcmlwdD4", "XSRF-TOKEN=" + SCRIPT,
				"SESSION=../../x")) {
			RawHttp.Response response = raw.send("GET", CAREER + "/progress", List.of("Accept: text/html", "Cookie: " + cookie),
					new byte[0]);
			if (response.status() >= 500 || response.body().contains(SCRIPT)) {
				failures.add("cookie " + cookie + " -> " + response.status());
			}
		}
		for (String target : List.of("/careers/%C3%28/roadmap", "/careers/%zz/roadmap", CAREER + "/salaries?years=%FF%FE",
				CAREER + "/salaries?years=%zz", "/careers/%2e%2e/%2e%2e/etc/passwd")) {
			RawHttp.Response response = raw.send("GET", target, List.of("Accept: text/html"), new byte[0]);
			if (response.status() >= 500 || response.body().contains("Exception") || response.body().contains("\tat ")) {
				failures.add("raw " + target + " -> " + response.status());
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void wrongContentTypesAreRefusedWithoutA500() {
		List<String> failures = new ArrayList<>();
		RawHttp raw = new RawHttp(this.port);
		for (String type : List.of("application/json", "text/plain", "application/xml", "multipart/form-data",
				"application/x-www-form-urlencoded; charset=nonsense", "")) {
			RawHttp.Response response = raw.send("POST", CAREER + "/progress/steps/networking/done",
					List.of("Accept: text/html", "Content-Type: " + type), "{\"done\":true}".getBytes(StandardCharsets.UTF_8));
			if (response.status() >= 500 || response.status() < 400) {
				failures.add(type + " -> " + response.status());
			}
		}
		assertThat(failures).isEmpty();
	}

	private static void check(List<String> failures, String what, Page page, String value) {
		String shown = (value.length() > 20) ? value.substring(0, 20) + "…" : value;
		if (page.status() == 403) {
			failures.add(what + " = " + shown + " refused as if forged: the test lost its token");
		}
		else if (page.status() >= 500 || page.text().contains("Something went wrong on our side")) {
			failures.add(what + " = " + shown + " -> " + page.status());
		}
		else if (page.html().contains(SCRIPT) || page.html().contains("<img src=x")) {
			failures.add(what + " = " + shown + " shown unescaped");
		}
	}

}
