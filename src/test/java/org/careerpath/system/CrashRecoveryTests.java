package org.careerpath.system;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.careerpath.CareerPathApplication;
import org.careerpath.support.Browser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application killed with SIGKILL while a person saves notes as fast as they can, then started again on the same
 * H2 file: every note whose save was answered is there (or a later one).
 */
class CrashRecoveryTests {

	static final String CAREER = "/careers/director-of-clinical-services";

	static final String[] STEPS = { "networking", "further-education", "leadership-skills" };

	@Test
	void everyAnsweredChangeSurvivesAKill() throws Exception {
		Path data = Files.createDirectories(Path.of("target/test-db/crash-" + System.nanoTime()));
		int port = freePort();
		Process app = start(data, port);
		Map<String, Integer> answered = new HashMap<>();
		Browser browser = new Browser(port);
		ExecutorService writer = Executors.newSingleThreadExecutor();
		try {
			browser.get(CAREER + "/progress");
			Future<?> saving = writer.submit(() -> {
				for (int i = 1; !Thread.currentThread().isInterrupted(); i++) {
					String step = STEPS[i % STEPS.length];
					Browser.Page page;
					try {
						page = browser.post(CAREER + "/progress/steps/" + step + "/details", "note", "note " + i,
								"completedOn", "", "evidenceUrl", "");
					}
					catch (IllegalStateException ex) {
						return; // the server is gone
					}
					if (page.status() == 200) {
						synchronized (answered) {
							answered.put(step, i);
						}
					}
				}
			});
			Thread.sleep(3_000);
			app.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close of the database
			app.waitFor(30, TimeUnit.SECONDS);
			saving.get(30, TimeUnit.SECONDS);
		}
		finally {
			writer.shutdownNow();
			app.destroyForcibly();
		}
		assertThat(answered).as("changes were answered before the kill").hasSize(STEPS.length);

		Process again = start(data, port);
		try {
			String page = browser.at(port).get(CAREER + "/progress").html();
			for (Map.Entry<String, Integer> change : answered.entrySet()) {
				Matcher note = Pattern.compile("id=\"step-" + change.getKey() + "\".*?note (\\d+)", Pattern.DOTALL)
					.matcher(page);
				assertThat(note.find()).as(change.getKey() + " has its note").isTrue();
				assertThat(Integer.parseInt(note.group(1))).as(change.getKey()).isGreaterThanOrEqualTo(change.getValue());
			}
		}
		finally {
			again.destroy();
			again.waitFor(30, TimeUnit.SECONDS);
		}
	}

	/** The application in a JVM of its own, as it runs in production, on the test's class path. */
	private static Process start(Path data, int port) throws IOException, InterruptedException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
				CareerPathApplication.class.getName(), "--server.port=" + port,
				"--careerpath.data-dir=" + data.toAbsolutePath(), "--spring.main.banner-mode=off")
			.redirectErrorStream(true)
			.redirectOutput(data.resolve("app-" + System.nanoTime() + ".log").toFile())
			.start();
		HttpClient http = HttpClient.newHttpClient();
		Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
		while (Instant.now().isBefore(deadline) && process.isAlive()) {
			try {
				HttpResponse<Void> health = http.send(
						HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.discarding());
				if (health.statusCode() == 200) {
					return process;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		process.destroyForcibly();
		throw new IllegalStateException("The application did not start; see " + data + File.separator + "app-*.log");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
