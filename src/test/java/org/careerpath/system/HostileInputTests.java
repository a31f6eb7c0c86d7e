package org.careerpath.system;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.careerpath.support.Browser;
import org.careerpath.support.Browser.Page;
import org.careerpath.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each finding of the attack on the site, replayed: every one gets a 4xx with a clear message, never a 500 or a
 * session, and what is kept stays bounded. Its own application with small limits, so they can be met quickly; clients
 * are told apart by the trusted proxy's X-Forwarded-For, as behind nginx.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "careerpath.data-dir=./target/test-db/hostile-${random.uuid}",
				"careerpath.limits.sign-in.requests=12", "careerpath.limits.sign-in.per=10m",
				"careerpath.limits.registration.requests=4", "careerpath.limits.imports.requests=6",
				"careerpath.limits.new-guests.requests=10" })
@ExtendWith(OutputCaptureExtension.class)
class HostileInputTests {

	static final String CAREER = "/careers/director-of-clinical-services";

	static final String PASSWORD = "correct horse battery";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aFailedImportWithThousandsOfProblemsKeepsNothingAndStartsNoSession() {
		Browser browser = new Browser(this.port).behindProxyAs("203.0.113.1");
		browser.get(CAREER + "/progress");
		Page page = browser.upload(CAREER + "/progress/import", "evil.json", emptySteps(60_000));
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.text()).contains("The file was not imported, and nothing changed");
		assertThat(page.text().split("that this roadmap does not have").length - 1).as("five problems at most")
			.isEqualTo(5);
		assertThat(browser.cookie("SESSION")).isEmpty();
		assertThat(browser.cookie("careerpath_guest")).as("no guest made for a file that failed").isEmpty();
	}

	@Test
	void importsFromOneAddressAreLimitedWith429AndRetryAfter() {
		Browser browser = new Browser(this.port).behindProxyAs("203.0.113.2");
		browser.get(CAREER + "/progress");
		int refused = 0;
		for (int i = 0; i < 8; i++) {
			Page page = browser.upload(CAREER + "/progress/import", "a.json", "not json".getBytes(StandardCharsets.UTF_8));
			if (page.status() == 429) {
				refused++;
				assertThat(page.text()).contains("Too many tries from your connection");
			}
		}
		assertThat(refused).isEqualTo(2);
	}

	@Test
	void aStrangerCannotLockThePersonOutOfTheirAccount() {
		String email = register(new Browser(this.port).behindProxyAs("198.51.100.20"));
		Browser attacker = new Browser(this.port).behindProxyAs("203.0.113.3");
		for (int i = 0; i < 6; i++) {
			attacker.get("/signin");
			attacker.post("/signin", "email", email, "password", "guess " + i);
		}
		attacker.get("/signin");
		assertThat(attacker.post("/signin", "email", email, "password", PASSWORD).url())
			.as("the attacker's address is locked out of this account").contains("locked");

		Browser owner = new Browser(this.port).behindProxyAs("198.51.100.21");
		owner.get("/signin");
		assertThat(owner.post("/signin", "email", email, "password", PASSWORD).url()).endsWith("/account");
	}

	@Test
	void signInAttemptsFromOneAddressAreLimited() {
		Browser browser = new Browser(this.port).behindProxyAs("203.0.113.4");
		int refused = 0;
		for (int i = 0; i < 16; i++) {
			browser.get("/signin");
			Page page = browser.post("/signin", "email", "spray" + i + "@example.org", "password", "wrong password");
			refused += (page.status() == 429) ? 1 : 0;
		}
		assertThat(refused).isEqualTo(4);
	}

	@Test
	void aHugeEmailAtSignInIsJustAFailedSignIn() {
		Browser browser = new Browser(this.port).behindProxyAs("203.0.113.5");
		browser.get("/signin");
		Page page = browser.post("/signin", "email", "x".repeat(1_900_000) + "@example.org", "password", "wrong");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.url()).contains("/signin?error");
		assertThat(browser.cookie("SESSION")).isEmpty();
	}

	@Test
	void guestChecklistsFromOneAddressAreLimited() {
		String before = this.jdbc.queryForObject("select count(*) from progress_profile", String.class);
		int made = 0;
		int refused = 0;
		for (int i = 0; i < 14; i++) {
			Browser guest = new Browser(this.port).behindProxyAs("203.0.113.6");
			guest.get(CAREER + "/progress");
			Page page = guest.post(CAREER + "/progress/steps/networking/done", "done", "true");
			if (page.status() == 429) {
				refused++;
				assertThat(guest.cookie("careerpath_guest")).isEmpty();
			}
			else {
				made++;
			}
		}
		assertThat(made).isEqualTo(10);
		assertThat(refused).isEqualTo(4);
		assertThat(this.jdbc.queryForObject("select count(*) from progress_profile", Integer.class))
			.isEqualTo(Integer.parseInt(before) + 10);
	}

	/** The JSON API starts guests too, and meets the same limit, answered as a problem document. */
	@Test
	void guestChecklistsStartedThroughTheApiAreLimitedToo() {
		int made = 0;
		int refused = 0;
		for (int i = 0; i < 14; i++) {
			RawHttp http = new RawHttp(this.port);
			RawHttp.Response csrf = http.send("GET", "/api/v1/csrf", List.of("X-Forwarded-For: 203.0.113.7"),
					new byte[0]);
			String cookie = csrf.header("Set-Cookie").split(";")[0];
			String token = csrf.body().replaceAll("(?s).*\"token\":\"([^\"]+)\".*", "$1");
			RawHttp.Response put = http.send("PUT", "/api/v1" + CAREER + "/progress/steps/networking",
					List.of("X-Forwarded-For: 203.0.113.7", "Cookie: " + cookie, "X-XSRF-TOKEN: " + token,
							"Content-Type: application/json"),
					"{\"status\": \"DONE\", \"actionsDone\": []}".getBytes(StandardCharsets.UTF_8));
			if (put.status() == 429) {
				refused++;
				assertThat(put.setsCookie("careerpath_guest")).isFalse();
				assertThat(put.body()).contains("urn:careerpath:problem:too-many-requests");
				assertThat(put.header("Retry-After")).isNotBlank();
			}
			else {
				assertThat(put.status()).isEqualTo(200);
				made++;
			}
		}
		assertThat(made).isEqualTo(10);
		assertThat(refused).isEqualTo(4);
	}

	@Test
	void registrationsFromOneAddressAreLimited() {
		int refused = 0;
		for (int i = 0; i < 6; i++) {
			Browser browser = new Browser(this.port).behindProxyAs("203.0.113.7");
			browser.get("/register");
			Page page = browser.post("/register", "email", "many-" + i + "-" + System.nanoTime() + "@example.org",
					"password", PASSWORD);
			refused += (page.status() == 429) ? 1 : 0;
		}
		assertThat(refused).isEqualTo(2);
	}

	@Test
	void aClientThatIsNotTheProxyCannotChooseItsAddress() {
		RawHttp direct = new RawHttp(this.port).from("127.0.0.2");
		int refused = 0;
		for (int i = 0; i < 16; i++) {
			RawHttp.Response response = direct.send("POST", "/signin",
					List.of("X-Forwarded-For: 192.0.2." + i, "Content-Type: application/x-www-form-urlencoded"),
					("email=a" + i + "%40example.org&password=x").getBytes(StandardCharsets.US_ASCII));
			refused += (response.status() == 429) ? 1 : 0;
		}
		assertThat(refused).as("one address, whatever the header says").isEqualTo(4);
	}

	@Test
	void aBrokenUploadIsA400WithOneWarningAndNoStackTrace(CapturedOutput output) {
		int start = output.getAll().length();
		RawHttp.Response response = new RawHttp(this.port).from("127.0.0.3")
			.send("POST", CAREER + "/progress/import",
					List.of("Accept: text/html", "Content-Type: multipart/form-data; boundary=xyz"),
					"--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\"\r\n\r\nbroken"
						.getBytes(StandardCharsets.US_ASCII));
		assertThat(response.status()).isBetween(400, 499);
		String logged = output.getAll().substring(start);
		assertThat(logged).doesNotContain("\tat ").doesNotContain("ERROR");
		assertThat(logged.lines().filter(line -> line.contains(" WARN ")).count()).isLessThanOrEqualTo(1);
	}

	@Test
	void aForgedCsrfTokenIsRefusedNotA500() {
		Browser browser = new Browser(this.port).behindProxyAs("203.0.113.8");
		browser.get(CAREER + "/progress");
		// The right length, but its unmasked bytes are not UTF-8: this one gave a 500
		byte[] notText = new byte[72];
		java.util.Arrays.fill(notText, 36, 72, (byte) 0xFF);
		String undecodable = java.util.Base64.getUrlEncoder().encodeToString(notText);
		for (String forged : new String[] { undecodable, "A".repeat(96), "%%%", "x".repeat(5000), "" }) {
			Page page = browser.postRaw(CAREER + "/progress/steps/networking/done", "text/html", "done", "true", "_csrf",
					forged);
			assertThat(page.status()).as(forged).isEqualTo(403);
			assertThat(page.text()).contains("That change was not saved");
		}
	}

	@Test
	void everyResponseSaysWhatItSharesAndAllows() {
		RawHttp raw = new RawHttp(this.port);
		for (String path : new String[] { "/", CAREER + "/roadmap", "/no/such/page" }) {
			RawHttp.Response response = raw.send("GET", path, List.of("Accept: text/html"), new byte[0]);
			assertThat(response.header("Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
			assertThat(response.header("Permissions-Policy")).as(path).contains("camera=()").contains("geolocation=()");
		}
		RawHttp.Response refused = raw.send("POST", CAREER + "/progress/steps/networking/done",
				List.of("Accept: text/html", "Content-Type: application/x-www-form-urlencoded"),
				"done=true".getBytes(StandardCharsets.US_ASCII));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.header("Permissions-Policy")).isNotNull();
	}

	@Test
	void redirectsNeverTakeTheirHostFromTheRequest() {
		for (List<String> headers : List.of(List.of("Host: evil.example"), List.of("X-Forwarded-Host: evil.example"))) {
			RawHttp.Response response = new RawHttp(this.port).send("GET", "/account", headers, new byte[0]);
			assertThat(response.status()).isEqualTo(302);
			assertThat(response.header("Location")).isEqualTo("/signin");
		}
	}

	@Test
	void lookAlikeAddressesAreOneAccountAndInvisibleCharactersAreRefused() {
		String local = "look" + System.nanoTime();
		register(new Browser(this.port).behindProxyAs("198.51.100.30"), local + "@example.org");
		Browser again = new Browser(this.port).behindProxyAs("198.51.100.31");
		again.get("/register");
		String fullwidth = local.chars().mapToObj(c -> String.valueOf((char) (c + 0xFEE0))).reduce("", String::concat);
		Page taken = again.post("/register", "email", fullwidth + "@example.org", "password", PASSWORD);
		assertThat(taken.text()).contains("There is already an account with this email");
		Page hidden = again.post("/register", "email", local + "\u200B@example.org", "password", PASSWORD);
		assertThat(hidden.status()).isEqualTo(400);
		assertThat(hidden.text()).contains("a character that does not show");
		assertThat(hidden.html()).as("what was typed is kept").contains("value=\"" + local);
	}

	@Test
	void theCommonestPasswordsAreRefusedWithAReason() {
		Browser browser = new Browser(this.port).behindProxyAs("198.51.100.40");
		browser.get("/register");
		for (String weak : new String[] { "password", "12345678", "Password1!" }) {
			Page page = browser.post("/register", "email", "weak-" + System.nanoTime() + "@example.org", "password",
					weak);
			assertThat(page.text()).as(weak).contains("This password is too easy to guess");
		}
	}

	@Test
	void anImportIsStrictAboutItsShapeButAcceptsAByteOrderMark() {
		Browser browser = new Browser(this.port).behindProxyAs("198.51.100.50");
		browser.get(CAREER + "/progress");
		String good = "{\"format\":\"careerpath-progress\",\"version\":1,\"career\":\"director-of-clinical-services\","
				+ "\"steps\":[{\"key\":\"networking\",\"status\":\"DONE\"}]}";
		for (String bad : new String[] { good.replace("\"version\":1", "\"version\":\"1\""),
				good.replace("\"version\":1", "\"version\":1.5"),
				good.replace("\"career\"", "\"format\":\"careerpath-progress\",\"career\"") }) {
			Page page = browser.upload(CAREER + "/progress/import", "a.json", bad.getBytes(StandardCharsets.UTF_8));
			assertThat(page.status()).as(bad).isEqualTo(400);
		}
		Page withMark = browser.upload(CAREER + "/progress/import", "a.json",
				("\uFEFF" + good).getBytes(StandardCharsets.UTF_8));
		assertThat(withMark.text()).contains("Imported your progress file").contains("1 of 10 steps done");
	}

	/** What a stranger sends can cost memory only while it is answered, never after. */
	@Test
	void fiftyHostileImportsAndFiftyHugeSignInsLeaveTheHeapWhereItWas() throws InterruptedException {
		byte[] hostile = emptySteps(60_000);
		String hugeEmail = "x".repeat(1_900_000) + "@example.org";
		hostileImport(hostile, "192.0.2.250");
		hugeSignIn(hugeEmail, "192.0.2.251");
		long before = liveHeap();
		for (int i = 0; i < 50; i++) {
			hostileImport(hostile, "192.0.2." + i);
			hugeSignIn(hugeEmail, "192.0.2." + (100 + i));
		}
		long grown = liveHeap() - before;
		assertThat(grown).as("live heap grown by %d KB", grown / 1024).isLessThan(20L * 1024 * 1024);
	}

	private void hostileImport(byte[] file, String client) {
		Browser browser = new Browser(this.port).behindProxyAs(client);
		browser.get(CAREER + "/progress");
		assertThat(browser.upload(CAREER + "/progress/import", "evil.json", file).status()).isEqualTo(400);
	}

	private void hugeSignIn(String email, String client) {
		Browser browser = new Browser(this.port).behindProxyAs(client);
		browser.get("/signin");
		assertThat(browser.post("/signin", "email", email, "password", "wrong").url()).contains("error");
	}

	private static long liveHeap() throws InterruptedException {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(200);
		}
		return memory.getHeapMemoryUsage().getUsed();
	}

	private String register(Browser browser) {
		return register(browser, "owner-" + System.nanoTime() + "@example.org");
	}

	private String register(Browser browser, String email) {
		browser.get("/register");
		Page page = browser.post("/register", "email", email, "password", PASSWORD);
		assertThat(page.url()).endsWith("/account");
		return email;
	}

	static byte[] emptySteps(int count) {
		StringBuilder json = new StringBuilder(
				"{\"format\":\"careerpath-progress\",\"version\":1,\"career\":\"director-of-clinical-services\",\"steps\":[");
		for (int i = 0; i < count; i++) {
			json.append((i == 0) ? "{}" : ",{}");
		}
		return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
	}

}
