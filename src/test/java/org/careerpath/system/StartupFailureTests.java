package org.careerpath.system;

import java.nio.file.Files;
import java.nio.file.Path;

import org.careerpath.CareerPathApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A data directory the embedded database cannot use stops start-up with one message that names it. */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTests {

	@Test
	void aDataDirectoryThatCannotBeCreatedIsNamedWithoutAStackTrace(CapturedOutput output) throws Exception {
		Path file = Files.createTempFile(Path.of("target").toAbsolutePath(), "not-a-directory", ".txt");
		Path dataDir = file.resolve("data"); // under a file: it can never be created, even by root
		int start = output.getAll().length();

		assertThatThrownBy(() -> new SpringApplicationBuilder(CareerPathApplication.class).run("--server.port=0",
				"--careerpath.data-dir=" + dataDir, "--spring.main.banner-mode=off"))
			.isInstanceOf(Exception.class);

		String printed = output.getAll().substring(start);
		assertThat(printed).contains("APPLICATION FAILED TO START")
			.contains("CareerPath cannot keep its data in the directory " + dataDir.toAbsolutePath().normalize())
			.contains("CAREERPATH_DATA_DIR")
			.doesNotContain("\tat ");
	}

	@Test
	void aRelativeDataDirectoryWithoutDotSlashIsExplained(CapturedOutput output) {
		int start = output.getAll().length();
		assertThatThrownBy(() -> new SpringApplicationBuilder(CareerPathApplication.class).run("--server.port=0",
				"--careerpath.data-dir=target/test-db/relative", "--spring.main.banner-mode=off"))
			.isInstanceOf(Exception.class);
		assertThat(output.getAll().substring(start)).contains("APPLICATION FAILED TO START")
			.contains("CareerPath cannot keep its data in the directory")
			.contains("./name")
			.doesNotContain("\tat ");
	}

}
