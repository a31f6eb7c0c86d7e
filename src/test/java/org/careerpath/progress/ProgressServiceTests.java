package org.careerpath.progress;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.careerpath.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.convention.TestBean;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of progress on a real H2 file database: races, merging, retirement and purging. */
@SpringBootTest(properties = "careerpath.data-dir=./target/test-db/progress-service-${random.uuid}")
class ProgressServiceTests {

	static final String SLUG = "director-of-clinical-services";

	static final TestClock CLOCK = TestClock.startingNow();

	static final AtomicLong ACCOUNTS = new AtomicLong(1_000);

	@TestBean
	java.time.Clock clock;

	static java.time.Clock clock() {
		return CLOCK;
	}

	@Autowired
	ProgressService progress;

	@Autowired
	ProgressProfileRepository profiles;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void concurrentChangesToOneStepEndInOneConsistentRow() throws Exception {
		long profile = guest();
		int threads = 8;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<CareerProgress>> results = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			StepStatus status = (i % 2 == 0) ? StepStatus.DONE : StepStatus.IN_PROGRESS;
			int n = i;
			Callable<CareerProgress> change = () -> {
				start.await();
				return (n % 3 == 0) ? this.progress.saveDetails(profile, SLUG, "networking", "note " + n, null, null)
						: this.progress.setStatus(profile, SLUG, "networking", status);
			};
			results.add(pool.submit(change));
		}
		start.countDown();
		for (Future<CareerProgress> result : results) {
			result.get(); // none failed
		}
		pool.shutdown();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from step_progress where profile_id = ? and step_key = 'networking'", Integer.class,
				profile)).isEqualTo(1);
		CareerProgress.StepState state = this.progress.read(profile, SLUG).step("networking");
		assertThat(state.status()).isIn(StepStatus.DONE, StepStatus.IN_PROGRESS);
		assertThat(state.note()).as("no lost update of the note").startsWith("note ");
	}

	@Test
	void repeatingAChangeEndsInTheSameState() {
		long profile = guest();
		this.progress.setDone(profile, SLUG, "networking", true);
		this.progress.setDone(profile, SLUG, "networking", true);
		CareerProgress result = this.progress.setDone(profile, SLUG, "networking", true);
		assertThat(result.done()).isEqualTo(1);
		assertThat(result.step("networking").completedOn()).isEqualTo(LocalDate.now(CLOCK));
		this.progress.setDone(profile, SLUG, "networking", false);
		assertThat(this.progress.setDone(profile, SLUG, "networking", false).done()).isZero();
	}

	@Test
	void aStepThatIsNoLongerDoneLosesItsCompletionDate() {
		long profile = guest();
		assertThat(this.progress.setStatus(profile, SLUG, "networking", StepStatus.DONE).step("networking").completedOn())
			.isEqualTo(LocalDate.now(CLOCK));
		CareerProgress skipped = this.progress.setStatus(profile, SLUG, "networking", StepStatus.SKIPPED);
		assertThat(skipped.step("networking").completedOn()).isNull();
		this.progress.saveDetails(profile, SLUG, "networking", null, LocalDate.of(2024, 3, 1), null);
		assertThat(this.progress.setStatus(profile, SLUG, "networking", StepStatus.DONE).step("networking").completedOn())
			.as("a date the person gave is kept when the step is marked done").isEqualTo(LocalDate.of(2024, 3, 1));
	}

	@Test
	void uncheckingDoneLeavesSkippedAlone() {
		long profile = guest();
		this.progress.setStatus(profile, SLUG, "networking", StepStatus.SKIPPED);
		CareerProgress result = this.progress.setDone(profile, SLUG, "networking", false);
		assertThat(result.step("networking").status()).isEqualTo(StepStatus.SKIPPED);
		assertThat(result.skipped()).isEqualTo(1);
		assertThat(result.done()).isZero();
		assertThat(result.nextStepKey()).isEqualTo("educational-background");
	}

	@Test
	void mergeIsTheUnionAndTheNewerChangeWinsPerStep() {
		String token = GuestCookie.newToken();
		long guest = this.profiles.save(ProgressProfile.guest(GuestCookie.hash(token), CLOCK.instant())).getId();
		long accountId = ACCOUNTS.incrementAndGet();
		long account = this.profiles.save(ProgressProfile.account(accountId, CLOCK.instant())).getId();

		this.progress.saveDetails(account, SLUG, "networking", "older, from the account", null, null);
		this.progress.setDone(account, SLUG, "healthcare-degree", true);
		CLOCK.advance(Duration.ofMinutes(1));
		this.progress.saveDetails(guest, SLUG, "networking", "newer, from the guest", null, null);
		this.progress.setStatus(guest, SLUG, "practical-experience", StepStatus.SKIPPED);
		this.progress.setAction(guest, SLUG, "networking", firstAction("networking"), true);
		CLOCK.advance(Duration.ofMinutes(1));
		this.progress.saveDetails(account, SLUG, "further-education", "newer, from the account", null, null);
		this.progress.saveDetails(guest, SLUG, "further-education", "older? no: guest wrote this last", null, null);
		this.progress.saveDetails(account, SLUG, "further-education", "account wins: newest", null, null);

		this.progress.mergeGuestIntoAccount(GuestCookie.hash(token), accountId);

		CareerProgress merged = this.progress.read(account, SLUG);
		assertThat(merged.step("networking").note()).isEqualTo("newer, from the guest");
		assertThat(merged.step("networking").actionsDone()).containsExactly(firstAction("networking"));
		assertThat(merged.step("healthcare-degree").status()).isEqualTo(StepStatus.DONE);
		assertThat(merged.step("practical-experience").status()).isEqualTo(StepStatus.SKIPPED);
		assertThat(merged.step("further-education").note()).isEqualTo("account wins: newest");
		assertThat(this.profiles.findByGuestTokenHash(GuestCookie.hash(token))).as("guest profile gone").isEmpty();
	}

	@Test
	void stepsNoLongerOnTheRoadmapAreListedAsRetiredInTheExport() {
		long profile = guest();
		this.progress.setDone(profile, SLUG, "networking", true);
		this.jdbc.update("""
				insert into step_progress (profile_id, career_slug, step_key, status, updated_at, version)
				values (?, ?, 'old-step', 'DONE', current_timestamp, 0)""", profile, SLUG);
		ProgressFile file = this.progress.export(java.util.Optional.of(profile), SLUG);
		assertThat(file.steps()).extracting(ProgressFile.Step::key).containsExactly("networking", "old-step");
		assertThat(file.steps().get(1).retired()).isTrue();
		assertThat(file.steps().get(0).title()).isEqualTo("Network with Healthcare Professionals and Leaders");
		CareerProgress progress = this.progress.read(profile, SLUG);
		assertThat(progress.done()).as("retired steps count nowhere").isEqualTo(1);
		assertThat(progress.retired()).extracting(CareerProgress.StepState::stepKey).containsExactly("old-step");
	}

	@Test
	void purgeDeletesOnlyGuestsUnusedForTheRetentionPeriod() {
		Instant now = CLOCK.instant();
		CLOCK.set(now.minus(Duration.ofDays(181)));
		long stale = guest();
		this.progress.setDone(stale, SLUG, "networking", true);
		long staleAccount = this.profiles.save(ProgressProfile.account(ACCOUNTS.incrementAndGet(), CLOCK.instant())).getId();
		CLOCK.set(now.minus(Duration.ofDays(179)));
		long recent = guest();
		CLOCK.set(now);

		assertThat(this.progress.purgeUnusedGuests()).isGreaterThanOrEqualTo(1);

		assertThat(this.profiles.findById(stale)).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from step_progress where profile_id = ?", Integer.class, stale))
			.isZero();
		assertThat(this.profiles.findById(recent)).isPresent();
		assertThat(this.profiles.findById(staleAccount)).as("accounts are never purged").isPresent();
	}

	@Test
	void unknownStepsAndActionsAreNotFound() {
		long profile = guest();
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.progress.setDone(profile, SLUG, "no-such-step", true))
			.isInstanceOf(org.careerpath.career.ContentNotFoundException.class);
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.progress.setActions(profile, SLUG, "networking", Set.of("no-such-action")))
			.isInstanceOf(org.careerpath.career.ContentNotFoundException.class);
		assertThat(this.progress.read(profile, SLUG).isEmpty()).isTrue();
	}

	private long guest() {
		return this.profiles.save(ProgressProfile.guest(GuestCookie.hash(GuestCookie.newToken()), CLOCK.instant())).getId();
	}

	private String firstAction(String stepKey) {
		return this.jdbc.queryForObject("""
				select a.action_key from step_action a join roadmap_step s on s.id = a.step_id
				where s.step_key = ? order by a.position fetch first 1 rows only""", String.class, stepKey);
	}

}
