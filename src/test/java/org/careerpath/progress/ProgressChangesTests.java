package org.careerpath.progress;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.careerpath.career.ContentNotFoundException;
import org.careerpath.support.CareerPathTest;
import org.careerpath.support.TestClock;
import org.careerpath.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.resilience.retry.MethodRetryEvent;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of changing progress on a real H2 file database: races, repeats, dates, unknown keys. */
@CareerPathTest
class ProgressChangesTests {

	static final String SLUG = "director-of-clinical-services";

	@Autowired
	ProgressChanges changes;

	@Autowired
	ProgressQueries queries;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ConfigurableApplicationContext context;

	/**
	 * A real race, made to happen every time: another transaction has created the account's profile and commits only
	 * once this change has tried to create one too and failed on the unique account. The change then runs again in a
	 * new transaction, where it finds the other's profile.
	 */
	@Test
	void aChangeThatLosesARaceIsRetriedInANewTransaction() throws Exception {
		long accountId = 8_000_000 + System.nanoTime() % 1_000_000;
		List<MethodRetryEvent> retries = new CopyOnWriteArrayList<>();
		ApplicationListener<MethodRetryEvent> listener = retries::add;
		this.context.addApplicationListener(listener);
		TransactionStatus other = this.transactions.getTransaction(new DefaultTransactionDefinition());
		ExecutorService thread = Executors.newSingleThreadExecutor();
		try {
			this.jdbc.update("insert into progress_profile (account_id, created_at, last_seen_at) values (?, ?, ?)",
					accountId, Timestamp.from(this.clock.instant()), Timestamp.from(this.clock.instant()));
			Future<ProgressChanges.Change> change = thread
				.submit(() -> this.changes.setStatus(Person.account(accountId), SLUG, "networking", StepStatus.DONE));
			awaitTheInsertWaitingForTheOther(change);
			this.transactions.commit(other);

			assertThat(change.get(30, TimeUnit.SECONDS).progress().step("networking").status())
				.isEqualTo(StepStatus.DONE);
		}
		finally {
			thread.shutdownNow();
			this.context.removeApplicationListener(listener);
			if (!other.isCompleted()) {
				this.transactions.rollback(other);
			}
		}
		assertThat(retries).as("the first attempt lost the race and was retried").isNotEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from progress_profile where account_id = ?", Integer.class,
				accountId))
			.isEqualTo(1);
	}

	/** What lists the statements waiting for a lock: H2's sessions, PostgreSQL's activity. */
	static final String WAITING_INSERTS = TestDatabase.isPostgres() ? """
			select count(*) from pg_stat_activity
			where wait_event_type = 'Lock' and lower(query) like 'insert into progress_profile%'""" : """
			select count(*) from information_schema.sessions
			where lower(executing_statement) like 'insert into progress_profile%'""";

	/** The change's insert of a profile is waiting for the open transaction. */
	private void awaitTheInsertWaitingForTheOther(Future<?> change) throws Exception {
		try (Connection connection = this.jdbc.getDataSource().getConnection()) { // not the test's open transaction
			JdbcTemplate outside = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
			for (int i = 0; i < 400 && !change.isDone(); i++) {
				Integer waiting = outside.queryForObject(WAITING_INSERTS, Integer.class);
				if (waiting != null && waiting > 0) {
					return;
				}
				Thread.sleep(10);
			}
		}
		throw new AssertionError("the change never waited for the other transaction");
	}

	@Test
	void concurrentChangesToOneStepEndInOneConsistentRow() throws Exception {
		Person person = Person.guest(this.changes.setDone(Person.nobody(), SLUG, "educational-background", true)
			.guestToken());
		int threads = 8;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<ProgressChanges.Change>> results = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			StepStatus status = (i % 2 == 0) ? StepStatus.DONE : StepStatus.IN_PROGRESS;
			int n = i;
			Callable<ProgressChanges.Change> change = () -> {
				start.await();
				return (n % 3 == 0)
						? this.changes.saveDetails(person, SLUG, "networking", new StepDetails("note " + n, null, null))
						: this.changes.setStatus(person, SLUG, "networking", status);
			};
			results.add(pool.submit(change));
		}
		start.countDown();
		for (Future<ProgressChanges.Change> result : results) {
			result.get(30, TimeUnit.SECONDS); // none failed, none hung
		}
		pool.shutdownNow();
		assertThat(this.jdbc.queryForObject("""
				select count(*) from step_progress s join progress_profile p on p.id = s.profile_id
				where p.guest_token_hash = ? and s.step_key = 'networking'""", Integer.class,
				GuestCookie.hash(person.guestToken())))
			.isEqualTo(1);
		CareerProgress.StepState state = read(person).step("networking");
		assertThat(state.status()).isIn(StepStatus.DONE, StepStatus.IN_PROGRESS);
		assertThat(state.note()).as("no lost update of the note").startsWith("note ");
	}

	@Test
	void aNewGuestIsKeptByTheHashOfTheirTokenOnly() {
		String token = this.changes.setDone(Person.nobody(), SLUG, "networking", true).guestToken();
		assertThat(token).matches("[A-Za-z0-9_-]{43}"); // 256 random bits, base64url
		assertThat(this.jdbc.queryForObject("select count(*) from progress_profile where guest_token_hash = ?",
				Integer.class, GuestCookie.hash(token)))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from progress_profile where guest_token_hash = ?",
				Integer.class, token))
			.as("the token itself is stored nowhere")
			.isZero();
		assertThat(GuestCookie.hash(token)).hasSize(64).isNotEqualTo(token);
	}

	@Test
	void repeatingAChangeEndsInTheSameState() {
		Person person = Person.guest(this.changes.setDone(Person.nobody(), SLUG, "networking", true).guestToken());
		this.changes.setDone(person, SLUG, "networking", true);
		CareerProgress result = this.changes.setDone(person, SLUG, "networking", true).progress();
		assertThat(result.done()).isEqualTo(1);
		this.changes.setDone(person, SLUG, "networking", false);
		assertThat(this.changes.setDone(person, SLUG, "networking", false).progress().done()).isZero();
	}

	@Test
	void theCompletionDateIsOnlyEverThePersonsOwn() {
		ProgressChanges.Change first = this.changes.setStatus(Person.nobody(), SLUG, "networking", StepStatus.DONE);
		Person person = Person.guest(first.guestToken());
		assertThat(first.progress().step("networking").completedOn()).as("done today? not said: left empty").isNull();
		this.changes.saveDetails(person, SLUG, "networking", new StepDetails(null, LocalDate.of(2019, 3, 1), null));
		assertThat(this.changes.setStatus(person, SLUG, "networking", StepStatus.SKIPPED).progress().step("networking")
			.completedOn()).as("a date the person gave is kept whatever the status").isEqualTo(LocalDate.of(2019, 3, 1));
		assertThat(this.changes.setStatus(person, SLUG, "networking", StepStatus.DONE).progress().step("networking")
			.completedOn()).isEqualTo(LocalDate.of(2019, 3, 1));
	}

	@Test
	void tickingAnActionStartsAStepAndTheStepFormSavesStatusAndActionsTogether() {
		List<String> actions = this.jdbc.queryForList("""
				select a.action_key from step_action a join roadmap_step s on s.id = a.step_id
				where s.step_key = 'networking' order by a.position""", String.class);
		ProgressChanges.Change first = this.changes.setAction(Person.nobody(), SLUG, "networking", actions.get(0), true);
		Person person = Person.guest(first.guestToken());
		assertThat(first.progress().step("networking").status()).isEqualTo(StepStatus.IN_PROGRESS);

		CareerProgress both = this.changes
			.saveStep(person, SLUG, "further-education", StepStatus.NOT_STARTED, Set.of(firstActionOf("further-education")))
			.progress();
		assertThat(both.step("further-education").status()).as("ticked, so started").isEqualTo(StepStatus.IN_PROGRESS);
		assertThat(both.step("further-education").actionsDone()).containsExactly(firstActionOf("further-education"));

		CareerProgress done = this.changes.saveStep(person, SLUG, "networking", StepStatus.DONE, Set.copyOf(actions))
			.progress();
		assertThat(done.step("networking").status()).isEqualTo(StepStatus.DONE);
		assertThat(done.step("networking").actionsDone()).as("nothing ticked is lost to the status")
			.containsExactlyInAnyOrderElementsOf(actions);
	}

	private String firstActionOf(String stepKey) {
		return this.jdbc.queryForObject("""
				select a.action_key from step_action a join roadmap_step s on s.id = a.step_id
				where s.step_key = ? order by a.position fetch first 1 rows only""", String.class, stepKey);
	}

	@Test
	void uncheckingDoneLeavesSkippedAlone() {
		Person person = Person.guest(
				this.changes.setStatus(Person.nobody(), SLUG, "networking", StepStatus.SKIPPED).guestToken());
		CareerProgress result = this.changes.setDone(person, SLUG, "networking", false).progress();
		assertThat(result.step("networking").status()).isEqualTo(StepStatus.SKIPPED);
		assertThat(result.skipped()).isEqualTo(1);
		assertThat(result.done()).isZero();
		assertThat(result.nextStepKey()).isEqualTo("educational-background");
	}

	@Test
	void unknownStepsAndActionsAreNotFoundAndCreateNothing() {
		String before = this.jdbc.queryForObject("select count(*) from progress_profile", String.class);
		assertThatThrownBy(() -> this.changes.setDone(Person.nobody(), SLUG, "no-such-step", true))
			.isInstanceOfSatisfying(ContentNotFoundException.class,
					ex -> assertThat(ex.getKind()).isEqualTo(ContentNotFoundException.Kind.STEP));
		assertThatThrownBy(() -> this.changes.setActions(Person.nobody(), SLUG, "networking", Set.of("no-such-action")))
			.isInstanceOfSatisfying(ContentNotFoundException.class,
					ex -> assertThat(ex.getKind()).isEqualTo(ContentNotFoundException.Kind.ACTION));
		assertThatThrownBy(() -> this.changes.setDone(Person.nobody(), "no-such-career", "networking", true))
			.isInstanceOfSatisfying(ContentNotFoundException.class,
					ex -> assertThat(ex.getKind()).isEqualTo(ContentNotFoundException.Kind.CAREER));
		assertThat(this.jdbc.queryForObject("select count(*) from progress_profile", String.class)).isEqualTo(before);
	}

	private CareerProgress read(Person person) {
		return this.queries.forCareer(person, SLUG, this.jdbc.queryForList("""
				select s.step_key from roadmap_step s join career c on c.id = s.career_id
				where c.slug = ? order by s.position""", String.class, SLUG));
	}

	private int rows(String guestToken) {
		return this.jdbc.queryForObject("""
				select count(*) from step_progress s join progress_profile p on p.id = s.profile_id
				where p.guest_token_hash = ?""", Integer.class, GuestCookie.hash(guestToken));
	}

}
