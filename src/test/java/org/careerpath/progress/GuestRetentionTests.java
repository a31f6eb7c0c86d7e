package org.careerpath.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.careerpath.support.CareerPathTest;
import org.careerpath.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Guest progress nobody used for the retention period goes, with its rows; everything else stays. */
@CareerPathTest
class GuestRetentionTests {

	static final String SLUG = "director-of-clinical-services";

	@Autowired
	GuestRetention retention;

	@Autowired
	ProgressChanges changes;

	@Autowired
	ProgressProfiles profiles;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void purgeDeletesExactlyTheGuestsUnusedForTheRetentionPeriod() {
		Instant now = this.clock.instant();
		try {
			this.clock.set(now.minus(Duration.ofDays(181)));
			Person stale = Person.guest(this.changes.setDone(Person.nobody(), SLUG, "networking", true).guestToken());
			Person staleAccount = Person.account(7_000_001);
			this.changes.setDone(staleAccount, SLUG, "networking", true);
			Person readerOnly = Person.guest(this.changes.setDone(Person.nobody(), SLUG, "networking", true).guestToken());
			this.clock.set(now.minus(Duration.ofDays(179)));
			Person recent = Person.guest(this.changes.setDone(Person.nobody(), SLUG, "networking", true).guestToken());
			this.clock.set(now.minus(Duration.ofDays(10)));
			this.profiles.recordVisit(readerOnly); // reading counts as use, like a change

			this.clock.set(now);
			assertThat(this.retention.purge()).isEqualTo(1);

			assertThat(this.profiles.find(stale)).isEmpty();
			assertThat(this.jdbc.queryForObject("select count(*) from step_progress s where not exists "
					+ "(select 1 from progress_profile p where p.id = s.profile_id)", Integer.class))
				.as("the purged guest's rows went with it")
				.isZero();
			assertThat(this.profiles.find(recent)).isPresent();
			assertThat(this.profiles.find(readerOnly)).isPresent();
			assertThat(this.profiles.find(staleAccount)).as("accounts are never purged").isPresent();
		}
		finally {
			this.clock.set(now);
		}
	}

	/**
	 * Every instance runs the purge on the same schedule, so runs at the same moment on one database are normal: each
	 * stale guest is deleted once, by one of them, and neither fails.
	 */
	@Test
	void purgesRunningAtTheSameMomentOnOneDatabaseShareTheWork() throws Exception {
		Instant now = this.clock.instant();
		try {
			this.clock.set(now.minus(Duration.ofDays(200)));
			List<Person> stale = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				stale.add(Person.guest(this.changes.setDone(Person.nobody(), SLUG, "networking", true).guestToken()));
			}
			this.clock.set(now);
			CountDownLatch go = new CountDownLatch(1);
			ExecutorService instances = Executors.newFixedThreadPool(2);
			try {
				Callable<Integer> purge = () -> {
					go.await();
					return this.retention.purge();
				};
				Future<Integer> first = instances.submit(purge);
				Future<Integer> second = instances.submit(purge);
				go.countDown();
				assertThat(first.get(30, TimeUnit.SECONDS) + second.get(30, TimeUnit.SECONDS)).isEqualTo(20);
			}
			finally {
				instances.shutdownNow();
			}
			assertThat(stale).allSatisfy(guest -> assertThat(this.profiles.find(guest)).isEmpty());
		}
		finally {
			this.clock.set(now);
		}
	}

}
