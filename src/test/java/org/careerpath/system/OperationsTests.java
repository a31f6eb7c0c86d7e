package org.careerpath.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.careerpath.support.Browser;
import org.careerpath.support.CareerPathTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator meets: public health for the proxy and the orchestrator, metrics and build details only with the
 * operator's password, a request id in every response and in the log lines it caused, and no personal data in the
 * logs.
 */
@CareerPathTest
@ExtendWith(OutputCaptureExtension.class)
class OperationsTests {

	static final String CAREER = "/careers/director-of-clinical-services";

	final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void healthIsPublicAndCreatesNoSession() throws Exception {
		for (String path : new String[] { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness" }) {
			HttpResponse<String> response = get(path, null);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.body()).as(path).contains("\"status\":\"UP\"").doesNotContain("details");
			assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
		}
	}

	@Test
	void metricsAndInfoNeedTheOperatorsPassword() throws Exception {
		for (String path : new String[] { "/actuator/prometheus", "/actuator/metrics", "/actuator/info" }) {
			assertThat(get(path, null).statusCode()).as(path + " without a password").isEqualTo(401);
			assertThat(get(path, "operator:wrong").statusCode()).as(path + " with a wrong one").isEqualTo(401);
			HttpResponse<String> response = get(path, "operator:" + CareerPathTest.OPERATOR_PASSWORD);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().allValues("Set-Cookie")).as(path + ": no session").isEmpty();
		}
		assertThat(get("/actuator/info", "operator:" + CareerPathTest.OPERATOR_PASSWORD).body())
			.contains("\"build\"")
			.contains("\"git\"")
			.contains("\"artifact\":\"careerpath\"")
			.contains("\"java\"");
		assertThat(get("/actuator/env", "operator:" + CareerPathTest.OPERATOR_PASSWORD).statusCode())
			.as("endpoints that are not exposed").isEqualTo(404);
	}

	@Test
	void theCountersAProductOwnerWantsMoveWithWhatPeopleDo() throws Exception {
		double changes = counter("careerpath_progress_changes_total");
		double done = counter("careerpath_progress_steps_done_total");
		double registrations = counter("careerpath_registrations_total");
		double lockouts = counter("careerpath_sign_in_lockouts_total");
		Browser guest = new Browser(this.port);
		guest.get(CAREER + "/progress");
		guest.post(CAREER + "/progress/steps/networking/done", "done", "true");
		guest.post(CAREER + "/progress/steps/healthcare-degree/actions/obtain-healthcare-degree", "done", "true");
		String email = "counted-" + UUID.randomUUID() + "@example.org";
		guest.get("/register");
		guest.post("/register", "email", email, "password", "a long enough secret phrase");
		Browser stranger = new Browser(this.port).behindProxyAs("203.0.113." + (int) (Math.random() * 200));
		for (int i = 0; i < 5; i++) {
			stranger.get("/signin");
			stranger.post("/signin", "email", email, "password", "not the password " + i);
		}
		assertThat(counter("careerpath_progress_changes_total") - changes).isGreaterThanOrEqualTo(2);
		assertThat(counter("careerpath_progress_steps_done_total") - done).isGreaterThanOrEqualTo(1);
		assertThat(counter("careerpath_registrations_total") - registrations).isGreaterThanOrEqualTo(1);
		assertThat(counter("careerpath_sign_in_lockouts_total") - lockouts).isGreaterThanOrEqualTo(1);
	}

	@Test
	void everyResponseHasARequestIdThatItsLogLinesCarry(CapturedOutput output) throws Exception {
		HttpResponse<String> page = get(CAREER + "/roadmap", null);
		String generated = page.headers().firstValue("X-Request-Id").orElseThrow();
		assertThat(generated).matches("[0-9a-f-]{36}");
		assertThat(get("/", null).headers().firstValue("X-Request-Id")).get().isNotEqualTo(generated);

		HttpResponse<String> fromProxy = this.http.send(HttpRequest.newBuilder(URI.create(url("/")))
			.header("X-Request-Id", "nginx-0123456789abcdef")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(fromProxy.headers().firstValue("X-Request-Id")).contains("nginx-0123456789abcdef");
		HttpResponse<String> hostile = this.http.send(HttpRequest.newBuilder(URI.create(url("/")))
			.header("X-Request-Id", "<script>alert(1)</script>")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(hostile.headers().firstValue("X-Request-Id")).get().asString().matches("[0-9a-f-]{36}");

		Browser browser = new Browser(this.port);
		browser.get(CAREER + "/progress");
		browser.upload(CAREER + "/progress/import", "big.json", new byte[400 * 1024]);
		// Plain lines carry it as [id], JSON lines (when another test switched them on) as "requestId":"id"
		assertThat(output.getOut().lines().filter(line -> line.contains("Upload refused")))
			.as("the WARN line names its request")
			.anySatisfy(line -> assertThat(line).containsPattern("(\\[|\"requestId\":\")[0-9a-f-]{36}"));
	}

	@Test
	void logsHoldNoEmailAddressesOrNotes(CapturedOutput output) {
		Browser person = new Browser(this.port);
		String email = "private-" + UUID.randomUUID() + "@example.org";
		person.get("/register");
		person.post("/register", "email", email, "password", "a long enough secret phrase");
		person.get(CAREER + "/progress");
		person.post(CAREER + "/progress/steps/networking/details", "note", "my private note " + email, "completedOn",
				"", "evidenceUrl", "");
		person.post("/signout");
		person.get("/signin");
		person.post("/signin", "email", email, "password", "wrong password");
		assertThat(output.getAll()).doesNotContain(email).doesNotContain("my private note");
	}

	private double counter(String name) throws Exception {
		String scrape = get("/actuator/prometheus", "operator:" + CareerPathTest.OPERATOR_PASSWORD).body();
		Matcher matcher = Pattern.compile("(?m)^" + name + "\\{[^}]*\\} ([0-9.Ee+-]+)$").matcher(scrape);
		return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
	}

	private HttpResponse<String> get(String path, String credentials) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)));
		if (credentials != null) {
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
