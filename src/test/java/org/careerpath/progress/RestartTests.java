package org.careerpath.progress;

import java.util.UUID;

import org.careerpath.CareerPathApplication;
import org.careerpath.support.Browser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Progress lives in the H2 file database: stopping and starting the application keeps it. */
class RestartTests {

	@Test
	void progressSurvivesARestartOnTheSameDatabaseFile() {
		String dataDir = "./target/test-db/restart-" + UUID.randomUUID();
		Browser browser;
		try (ConfigurableApplicationContext app = start(dataDir)) {
			browser = new Browser(port(app));
			browser.get("/careers/director-of-clinical-services/progress");
			browser.post("/careers/director-of-clinical-services/progress/steps/healthcare-degree/done", "done", "true");
			browser.post("/careers/director-of-clinical-services/progress/steps/networking/details", "note",
					"kept across restarts", "completedOn", "", "evidenceUrl", "");
		}
		try (ConfigurableApplicationContext app = start(dataDir)) {
			Browser same = browser.at(port(app));
			assertThat(same.get("/careers/director-of-clinical-services/progress").text())
				.contains("1 of 10 steps done")
				.contains("kept across restarts");
		}
	}

	private static ConfigurableApplicationContext start(String dataDir) {
		return new SpringApplicationBuilder(CareerPathApplication.class)
			.run("--server.port=0", "--careerpath.data-dir=" + dataDir, "--spring.main.banner-mode=off");
	}

	private static int port(ConfigurableApplicationContext app) {
		return ((WebServerApplicationContext) app).getWebServer().getPort();
	}

}
