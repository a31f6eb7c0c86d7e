package org.careerpath.progress;

import org.careerpath.support.CareerPathTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Progress in and out on a real database: retired steps, and a download for someone with nothing yet. */
@CareerPathTest
class ProgressTransferTests {

	static final String SLUG = "director-of-clinical-services";

	@Autowired
	ProgressChanges changes;

	@Autowired
	ProgressTransfer transfer;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void stepsNoLongerOnTheRoadmapAreListedAsRetiredInTheExport() {
		ProgressChanges.Change first = this.changes.setDone(Person.nobody(), SLUG, "networking", true);
		Person person = Person.guest(first.guestToken());
		this.jdbc.update("""
				insert into step_progress (profile_id, career_slug, step_key, status, updated_at, version)
				select id, ?, 'old-step', 'DONE', current_timestamp, 0 from progress_profile where guest_token_hash = ?""",
				SLUG, GuestCookie.hash(person.guestToken()));

		ProgressFile file = this.transfer.export(person, SLUG);

		assertThat(file.steps()).extracting(ProgressFile.Step::key).containsExactly("networking", "old-step");
		assertThat(file.steps().get(1).retired()).isTrue();
		assertThat(file.steps().get(0).title()).isEqualTo("Network with Healthcare Professionals and Leaders");
		CareerProgress progress = this.changes.setDone(person, SLUG, "networking", true).progress();
		assertThat(progress.done()).as("retired steps count nowhere").isEqualTo(1);
		assertThat(progress.retired()).extracting(CareerProgress.StepState::stepKey).containsExactly("old-step");
	}

	@Test
	void someoneWithNoProgressDownloadsAnEmptyFileAndNothingIsCreated() {
		String before = this.jdbc.queryForObject("select count(*) from progress_profile", String.class);
		ProgressFile file = this.transfer.export(Person.guest(GuestCookie.newToken()), SLUG);
		assertThat(file.steps()).isEmpty();
		assertThat(file.career()).isEqualTo(SLUG);
		assertThat(this.jdbc.queryForObject("select count(*) from progress_profile", String.class)).isEqualTo(before);
	}

}
