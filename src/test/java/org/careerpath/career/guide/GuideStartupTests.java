package org.careerpath.career.guide;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careerpath.CareerPathApplication;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The loader as an installation meets it at start-up: a database that ran the old content migration (V2) keeps its
 * rows and its readers' progress; a career dropped into the guides directory appears; a broken file is reported by
 * file, line, key and field without taking the site down, or stops start-up when the setting asks for that.
 */
@ExtendWith(OutputCaptureExtension.class)
class GuideStartupTests {

	static final String DIRECTOR = "director-of-clinical-services";

	/** A guest's cookie token (43 URL-safe characters), and the SHA-256 the database keeps of it. */
	static final String TOKEN = "legacyGuestToken0123456789abcdefghijklmnopq";

	@Test
	void anOldDatabaseKeepsItsRowsAndProgressAndTheDirectoryAddsACareerDespiteABrokenOne(@TempDir Path guides,
			CapturedOutput output) throws Exception {
		String dataDir = "./target/test-db/legacy-" + UUID.randomUUID();
		String url = "jdbc:h2:file:" + dataDir + "/careerpath;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
		// The database as the previous release left it: V1 to V4, with the guide inserted by V2.
		Flyway.configure()
			.dataSource(url, "sa", "")
			.locations("classpath:db/migration", "classpath:db/legacy")
			.target("4")
			.load()
			.migrate();
		JdbcTemplate old = new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""));
		Map<String, Object> stepIds = ids(old);
		Timestamp now = Timestamp.from(Instant.now());
		old.update("insert into progress_profile (guest_token_hash, created_at, last_seen_at) values (?, ?, ?)",
				sha256(TOKEN), now, now);
		Long profile = old.queryForObject("select id from progress_profile", Long.class);
		old.update("insert into step_progress (profile_id, career_slug, step_key, status, note, updated_at, version)"
				+ " values (?, ?, 'networking', 'DONE', 'met my mentor', ?, 0)", profile, DIRECTOR, now);
		old.update("insert into ladder_position (profile_id, career_slug, rung_key, updated_at, version)"
				+ " values (?, ?, 'clinical-services-manager', ?, 0)", profile, DIRECTOR, now);

		Files.writeString(guides.resolve("added-career.yaml"), GuideReaderTests.fixture()
			.replace("slug: fixture-care-team-lead", "slug: added-career")
			.replace("title: Care Team Lead (test fixture)", "title: Added Career (test fixture)"));
		Files.writeString(guides.resolve("broken-guide.yaml"), GuideReaderTests.fixture()
			.replace("slug: fixture-care-team-lead", "slug: broken-guide")
			.replace("  - key: find-a-mentor", "  - key: lead-a-shift"));
		int start = output.getAll().length();

		try (ConfigurableApplicationContext app = start(dataDir, guides)) {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			assertThat(ids(jdbc)).as("the same rows, updated in place").isEqualTo(stepIds);
			assertThat(jdbc.queryForObject("select count(*) from career where slug = ?", Integer.class, DIRECTOR))
				.isEqualTo(1);
			assertThat(jdbc.queryForObject("select count(*) from roadmap_step s join career c on c.id = s.career_id"
					+ " where c.slug = ? and not s.retired", Integer.class, DIRECTOR)).isEqualTo(10);

			int port = app.getEnvironment().getProperty("local.server.port", Integer.class);
			assertThat(page(port, "/careers/" + DIRECTOR + "/roadmap")).contains("1 of 10 steps done");
			assertThat(page(port, "/careers/" + DIRECTOR + "/ladder")).contains("You are here");
			assertThat(page(port, "/")).contains("Added Career (test fixture)").doesNotContain("broken-guide");
			assertThat(page(port, "/careers/added-career/salaries")).contains("€30,000 – €38,000");
		}
		String printed = output.getAll().substring(start);
		assertThat(printed).contains("Guide guides/" + DIRECTOR + ".yaml: updated")
			.contains("added-career.yaml: added")
			.contains("broken-guide.yaml is not valid and was not loaded (1 problem)")
			.contains("broken-guide.yaml:" + GuideReaderTests.lineOf(Files.readString(guides.resolve("broken-guide.yaml")),
					"key: lead-a-shift", 2) + ": steps[lead-a-shift].key: \u201clead-a-shift\u201d is used twice in steps.");
	}

	@Test
	void theStrictSettingStopsStartUpAndNamesTheProblem(@TempDir Path guides, CapturedOutput output) throws Exception {
		Files.writeString(guides.resolve("broken-guide.yaml"), GuideReaderTests.fixture()
			.replace("slug: fixture-care-team-lead", "slug: broken-guide")
			.replace("      low: 38000\n", "      low: 58000\n"));
		int start = output.getAll().length();
		assertThatThrownBy(() -> new SpringApplicationBuilder(CareerPathApplication.class).run("--server.port=0",
				"--careerpath.data-dir=./target/test-db/strict-" + UUID.randomUUID(),
				"--careerpath.guides-dir=" + guides, "--careerpath.guides-fail-on-invalid=true",
				"--spring.main.banner-mode=off"))
			.hasStackTraceContaining("Invalid guides (careerpath.guides-fail-on-invalid=true)");
		assertThat(output.getAll().substring(start)).contains("APPLICATION FAILED TO START")
			.contains("careerpath.guides-fail-on-invalid=false to start with the valid guides only")
			.doesNotContain("\tat ")
			.as("nothing is written before the refusal")
			.doesNotContain("fixture-care-team-lead.yaml: added")
			.contains("broken-guide.yaml:" + GuideReaderTests.lineOf(Files.readString(guides.resolve("broken-guide.yaml")),
					"low: 58000") + ": salaries.bands[senior]: its low figure (58000) is above its high figure (50000)");
	}

	private static ConfigurableApplicationContext start(String dataDir, Path guides) {
		return new SpringApplicationBuilder(CareerPathApplication.class).run("--server.port=0",
				"--careerpath.data-dir=" + dataDir, "--careerpath.guides-dir=" + guides, "--spring.main.banner-mode=off");
	}

	private static Map<String, Object> ids(JdbcTemplate jdbc) {
		List<Map<String, Object>> rows = jdbc.queryForList("select s.step_key, s.id from roadmap_step s"
				+ " join career c on c.id = s.career_id where c.slug = ? order by s.step_key", DIRECTOR);
		Map<String, Object> ids = new java.util.TreeMap<>();
		rows.forEach(row -> ids.put((String) row.get("step_key"), row.get("id")));
		assertThat(ids).hasSize(10);
		return ids;
	}

	private static String page(int port, String path) throws IOException, InterruptedException {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Cookie", "careerpath_guest=" + TOKEN)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	private static String sha256(String token) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
	}

}
