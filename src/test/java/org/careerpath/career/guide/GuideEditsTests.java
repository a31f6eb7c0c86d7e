package org.careerpath.career.guide;

import java.io.IOException;

import org.careerpath.support.Browser;
import org.careerpath.support.CareerPathTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An author edits a guide that people already follow: the loader updates rows in place, retires what the file
 * dropped instead of deleting it, and writes nothing for a file that did not change. Uses its own copy of the
 * fixture, under its own slug, so other tests never see the edits.
 */
@CareerPathTest
class GuideEditsTests {

	static final String SLUG = "fixture-edits";

	static final String PAGES = "/careers/" + SLUG;

	@Autowired
	GuideStore store;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	GuideLoader loader;

	@Value("${local.server.port}")
	int port;

	@AfterEach
	void retire() {
		this.jdbc.update("update career set retired = true where slug = ?", SLUG);
	}

	@Test
	void startingAgainWithTheSameFilesWritesNothing() {
		GuideLoader.Report again = this.loader.load();
		assertThat(again.problems()).isEmpty();
		assertThat(again.written()).containsKeys("guides/director-of-clinical-services.yaml",
				"guides/fixture-care-team-lead.yaml");
		assertThat(again.written().values()).extracting(GuideStore.Result::outcome)
			.containsOnly(GuideStore.Outcome.UNCHANGED);
	}

	@Test
	void anUnchangedFileWritesNothingAndAnEditUpdatesInPlace() throws IOException {
		GuideReader.Read original = read(original());
		assertThat(write(original).outcome()).isIn(GuideStore.Outcome.ADDED, GuideStore.Outcome.UPDATED);
		Long stepId = stepId("lead-a-shift");
		String hash = this.jdbc.queryForObject("select content_hash from career where slug = ?", String.class, SLUG);

		assertThat(write(original).outcome()).isEqualTo(GuideStore.Outcome.UNCHANGED);
		assertThat(write(read(original())).outcome()).isEqualTo(GuideStore.Outcome.UNCHANGED);
		Browser reader = new Browser(this.port);
		assertThat(reader.get(PAGES + "/roadmap").text()).as("read, so kept in the content cache")
			.contains("Lead a Shift");
		assertThat(reader.get(PAGES + "/steps/lead-a-shift").text()).contains("Lead a Shift");

		GuideReader.Read edited = read(original().replace("title: Lead a Shift", "title: Lead a Whole Shift"));
		GuideStore.Result result = write(edited);
		assertThat(result.outcome()).isEqualTo(GuideStore.Outcome.UPDATED);
		assertThat(result.retired()).isZero();
		assertThat(stepId("lead-a-shift")).as("same row, same id").isEqualTo(stepId);
		assertThat(this.jdbc.queryForObject("select content_hash from career where slug = ?", String.class, SLUG))
			.isNotEqualTo(hash);
		assertThat(reader.get(PAGES + "/roadmap").text()).as("the edit drops what was cached")
			.contains("Lead a Whole Shift");
		assertThat(reader.get(PAGES + "/steps/lead-a-shift").text()).contains("Lead a Whole Shift");
	}

	@Test
	void aRemovedStepAndARenamedActionAreRetiredAndTheReadersExportStillListsThem() throws IOException {
		write(read(original()));
		Browser reader = new Browser(this.port);
		reader.get(PAGES + "/progress");
		reader.post(PAGES + "/progress/steps/find-a-mentor/status", "status", "DONE");
		reader.post(PAGES + "/progress/steps/take-a-course/actions/enrol", "done", "true");
		reader.post(PAGES + "/progress/steps/lead-a-shift/done", "done", "true");
		assertThat(reader.get(PAGES + "/roadmap").text()).contains("2 of 6 steps done");

		String edited = original()
			.replace("  - key: find-a-mentor\n    title: Find a Mentor\n    body: Find a fictional mentor who leads a care team.\n\n", "")
			.replace("      - key: enrol\n", "      - key: sign-up\n");
		GuideStore.Result result = write(read(edited));
		assertThat(result.retired()).as("the step and the renamed action's old key").isEqualTo(2);
		assertThat(this.jdbc.queryForObject(
				"select s.retired from roadmap_step s join career c on c.id = s.career_id where c.slug = ? and s.step_key = ?",
				Boolean.class, SLUG, "find-a-mentor"))
			.as("kept, not deleted")
			.isTrue();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from step_action a join roadmap_step s on s.id = a.step_id join career c on c.id = s.career_id"
						+ " where c.slug = ? and a.action_key = 'enrol' and a.retired",
				Integer.class, SLUG))
			.isEqualTo(1);

		assertThat(reader.get(PAGES + "/roadmap").text()).doesNotContain("Find a Mentor").contains("1 of 5 steps done");
		assertThat(reader.get(PAGES + "/steps/find-a-mentor").status()).isEqualTo(404);
		assertThat(reader.get(PAGES + "/progress").text()).as("named by its last title")
			.contains("Retired steps")
			.contains("Find a Mentor: Done");
		String export = reader.get(PAGES + "/progress/export").html();
		assertThat(export).containsPattern(
				"\\{\"key\":\"find-a-mentor\",\"title\":\"Find a Mentor\",\"status\":\"DONE\"[^}]*\"retired\":true\\}");

		write(read(original()));
		assertThat(reader.get(PAGES + "/roadmap").text()).as("the step comes back with its progress")
			.contains("Find a Mentor")
			.contains("2 of 6 steps done");
	}

	@Test
	void aCareerWhoseFileIsGoneIsRetiredNotDeleted() throws IOException {
		write(read(original()));
		assertThat(new Browser(this.port).get("/").text()).contains("Edited Care Team Lead (test fixture)");
		this.jdbc.update("update career set retired = true where slug = ?", SLUG);
		assertThat(new Browser(this.port).get(PAGES).status()).isEqualTo(404);
		assertThat(write(read(original())).outcome()).as("a returning file brings the career back")
			.isEqualTo(GuideStore.Outcome.UPDATED);
		assertThat(new Browser(this.port).get(PAGES).status()).isEqualTo(200);
	}

	private GuideStore.Result write(GuideReader.Read read) {
		assertThat(read.problems()).isEmpty();
		return this.store.write(read.guide(), read.contentHash());
	}

	private Long stepId(String key) {
		return this.jdbc.queryForObject(
				"select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = ? and s.step_key = ?",
				Long.class, SLUG, key);
	}

	static String original() throws IOException {
		return GuideReaderTests.fixture()
			.replace("slug: fixture-care-team-lead", "slug: " + SLUG)
			.replace("title: Care Team Lead (test fixture)", "title: Edited Care Team Lead (test fixture)");
	}

	static GuideReader.Read read(String text) {
		return GuideReaderTests.read(SLUG + ".yaml", text);
	}

}
