package org.careerpath.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.careerpath.support.Browser;
import org.careerpath.support.RawHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL stops while the site runs: readiness goes DOWN, pages say the site is unavailable for a moment (503),
 * and when the database is back everything works again without a restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.hikari.connection-timeout=1000")
class DatabaseOutageTests {

	static final String CAREER = "/careers/director-of-clinical-services";

	static final int PORT = freePort();

	static final Path DATA = createDirectory();

	static EmbeddedPostgres postgres = start();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> "jdbc:postgresql://localhost:" + PORT + "/postgres");
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	@AfterAll
	static void stop() throws IOException {
		postgres.close();
	}

	@Test
	void pagesSayUnavailableWhileTheDatabaseIsGoneAndRecoverWhenItIsBack() throws Exception {
		Browser browser = new Browser(this.port);
		assertThat(readiness()).isEqualTo(200);
		assertThat(browser.get(CAREER + "/roadmap").status()).isEqualTo(200);

		postgres.close();

		assertThat(readiness()).as("readiness DOWN").isEqualTo(503);
		assertThat(health("liveness")).as("but alive: no restart wanted").isEqualTo(200);
		Browser.Page page = browser.get(CAREER + "/progress");
		assertThat(page.status()).isEqualTo(503);
		assertThat(page.text()).contains("CareerPath is unavailable for a moment").contains("Nothing you saved is lost")
			.doesNotContain("Exception");
		// The JSON API says the same as a problem document (a guide not read before has to come from the database)
		RawHttp.Response api = new RawHttp(this.port).send("GET", "/api/v1" + CAREER, List.of("Accept: application/json"),
				new byte[0]);
		assertThat(api.status()).isEqualTo(503);
		assertThat(api.header("Content-Type")).startsWith("application/problem+json");
		assertThat(api.body()).contains("urn:careerpath:problem:unavailable").doesNotContain("Exception");
		assertThat(api.header("Retry-After")).isEqualTo("30");

		postgres = start();

		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (readiness() != 200 && Instant.now().isBefore(deadline)) {
			Thread.sleep(250);
		}
		assertThat(readiness()).as("ready again").isEqualTo(200);
		assertThat(browser.get(CAREER + "/roadmap").status()).isEqualTo(200);
	}

	private int readiness() {
		return health("readiness");
	}

	private int health(String group) {
		return new RawHttp(this.port).send("GET", "/actuator/health/" + group, List.of("Accept: application/json"),
				new byte[0]).status();
	}

	/** On the same port and data directory each time, as a database server restarted in place. */
	private static EmbeddedPostgres start() {
		try {
			return EmbeddedPostgres.builder()
				.setPort(PORT)
				.setDataDirectory(DATA)
				.setCleanDataDirectory(false)
				.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start embedded PostgreSQL", ex);
		}
	}

	private static Path createDirectory() {
		try {
			return Files.createDirectories(Path.of("target/test-db/outage-" + System.nanoTime()).toAbsolutePath());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
