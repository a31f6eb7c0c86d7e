package org.careerpath;

import java.io.IOException;
import java.util.UUID;

import org.careerpath.support.Browser;
import org.careerpath.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.LoggingSystemProperty;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.ResourcePropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several stateless instances on one PostgreSQL, as an organisation runs CareerPath behind a proxy: whichever instance
 * a request lands on knows the person, their progress and their failed sign-ins, and restarting every instance keeps
 * people signed in (and the lockout). Each instance is the whole application in this JVM on a port of its own.
 */
@ExtendWith(OutputCaptureExtension.class)
class ScaleOutTests {

	static final String CAREER = "/careers/director-of-clinical-services";

	static final String PASSWORD = "a long enough secret phrase";

	@Test
	void twoInstancesShareSessionsProgressAndLockoutsAndARestartKeepsPeopleSignedIn(CapturedOutput output) {
		String database = TestDatabase.newPostgresDatabase();
		String email = "scale-" + UUID.randomUUID() + "@example.org";
		Browser person;
		Browser lockedOut;
		try (ConfigurableApplicationContext first = start(database); ConfigurableApplicationContext second = start(database)) {
			Browser onFirst = new Browser(port(first));
			onFirst.get("/register");
			assertThat(onFirst.post("/register", "email", email, "password", PASSWORD).url()).endsWith("/account");

			Browser onSecond = onFirst.at(port(second));
			assertThat(onSecond.get("/account").url()).as("signed in on the other instance").endsWith("/account");
			onSecond.get(CAREER + "/progress");
			onSecond.post(CAREER + "/progress/steps/healthcare-degree/done", "done", "true");
			onSecond.post(CAREER + "/progress/steps/networking/done", "done", "true");
			assertThat(onFirst.get(CAREER + "/progress").text()).contains("2 of 10 steps done");

			Browser stranger = new Browser(port(first)).behindProxyAs("203.0.113.77");
			for (int i = 0; i < 5; i++) {
				stranger.get("/signin");
				stranger.post("/signin", "email", email, "password", "a guess " + i);
			}
			Browser strangerOnSecond = stranger.at(port(second));
			strangerOnSecond.get("/signin");
			assertThat(strangerOnSecond.post("/signin", "email", email, "password", PASSWORD).url())
				.as("locked out on the other instance too, even with the right password")
				.contains("locked");
			person = onFirst;
			lockedOut = stranger;
		}

		try (ConfigurableApplicationContext first = start(database); ConfigurableApplicationContext second = start(database)) {
			Browser onFirst = person.at(port(first));
			Browser onSecond = person.at(port(second));
			assertThat(onFirst.get("/account").url()).as("still signed in after both restarted").endsWith("/account");
			assertThat(onSecond.get(CAREER + "/progress").text()).contains("2 of 10 steps done");
			Browser strangerAfterRestart = lockedOut.at(port(second));
			strangerAfterRestart.get("/signin");
			assertThat(strangerAfterRestart.post("/signin", "email", email, "password", PASSWORD).url())
				.as("the lockout outlives the restart").contains("locked");

			onSecond.post("/signout");
			assertThat(onFirst.get("/account").url()).as("signed out everywhere").contains("/signin");
			assertThat(onFirst.get(CAREER + "/progress").text()).contains("0 of 10 steps done");
		}
		assertThat(output.getAll()).as("structured JSON lines").contains("{\"@timestamp\"").doesNotContain(email);
	}

	/**
	 * Logging is one per JVM and these instances switched it to JSON lines: back to the application's plain lines
	 * (with its request-id pattern) for the tests that run after this one.
	 */
	@AfterAll
	static void plainLogLinesAgain() throws IOException {
		System.clearProperty(LoggingSystemProperty.CONSOLE_STRUCTURED_FORMAT.getEnvironmentVariableName());
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addLast(new ResourcePropertySource("classpath:application.properties"));
		LoggingSystem logging = LoggingSystem.get(ScaleOutTests.class.getClassLoader());
		logging.cleanUp();
		logging.beforeInitialize();
		logging.initialize(new LoggingInitializationContext(environment), null, null);
	}

	private static ConfigurableApplicationContext start(String database) {
		return new SpringApplicationBuilder(CareerPathApplication.class).run("--server.port=0",
				"--spring.profiles.active=postgres", "--spring.main.banner-mode=off",
				"--logging.structured.format.console=ecs", "--CAREERPATH_DB_URL=" + database,
				"--CAREERPATH_DB_USER=postgres", "--CAREERPATH_DB_PASSWORD=");
	}

	private static int port(ConfigurableApplicationContext app) {
		return ((WebServerApplicationContext) app).getWebServer().getPort();
	}

}
