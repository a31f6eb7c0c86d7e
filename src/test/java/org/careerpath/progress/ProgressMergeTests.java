package org.careerpath.progress;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.careerpath.support.CareerPathTest;
import org.careerpath.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** A guest's progress moving into an account: the union, the newer change winning per step and per ladder. */
@CareerPathTest
class ProgressMergeTests {

	static final String SLUG = "director-of-clinical-services";

	static final AtomicLong ACCOUNTS = new AtomicLong(1_000_000);

	@Autowired
	ProgressChanges changes;

	@Autowired
	ProgressMerge merge;

	@Autowired
	LadderPositions positions;

	@Autowired
	ProgressPages pages;

	@Autowired
	ProgressProfileRepository profiles;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void mergeIsTheUnionAndTheNewerChangeWinsPerStep() {
		Person account = Person.account(ACCOUNTS.incrementAndGet());
		String token = this.changes.setStatus(Person.nobody(), SLUG, "educational-background", StepStatus.IN_PROGRESS)
			.guestToken();
		Person guest = Person.guest(token);

		this.changes.saveDetails(account, SLUG, "networking", new StepDetails("older, from the account", null, null));
		this.changes.setDone(account, SLUG, "healthcare-degree", true);
		this.clock.advance(Duration.ofMinutes(1));
		this.changes.saveDetails(guest, SLUG, "networking", new StepDetails("newer, from the guest", null, null));
		this.changes.setStatus(guest, SLUG, "practical-experience", StepStatus.SKIPPED);
		this.changes.setAction(guest, SLUG, "networking", firstAction("networking"), true);
		this.clock.advance(Duration.ofMinutes(1));
		this.changes.saveDetails(guest, SLUG, "further-education", new StepDetails("guest wrote this first", null, null));
		this.clock.advance(Duration.ofMinutes(1));
		this.changes.saveDetails(account, SLUG, "further-education", new StepDetails("account wins: newest", null, null));

		this.merge.mergeGuestIntoAccount(GuestCookie.hash(token), account.accountId());

		CareerProgress merged = this.pages.page(account, SLUG).progress();
		assertThat(merged.step("networking").note()).isEqualTo("newer, from the guest");
		assertThat(merged.step("networking").actionsDone()).containsExactly(firstAction("networking"));
		assertThat(merged.step("healthcare-degree").status()).isEqualTo(StepStatus.DONE);
		assertThat(merged.step("practical-experience").status()).isEqualTo(StepStatus.SKIPPED);
		assertThat(merged.step("educational-background").status()).isEqualTo(StepStatus.IN_PROGRESS);
		assertThat(merged.step("further-education").note()).isEqualTo("account wins: newest");
		assertThat(this.profiles.findByGuestTokenHash(GuestCookie.hash(token))).as("guest profile gone").isEmpty();
	}

	@Test
	void theNewerLadderPositionWinsAndAMissingOneIsTaken() {
		Person account = Person.account(ACCOUNTS.incrementAndGet());
		this.positions.place(account, SLUG, rung(0));
		this.clock.advance(Duration.ofMinutes(1));
		String token = this.positions.place(Person.nobody(), SLUG, rung(2));
		this.merge.mergeGuestIntoAccount(GuestCookie.hash(token), account.accountId());
		assertThat(this.positions.rungOf(account, SLUG)).as("the guest's newer position").contains(rung(2));

		String older = this.positions.place(Person.nobody(), SLUG, rung(1));
		this.clock.advance(Duration.ofMinutes(1));
		this.positions.place(account, SLUG, rung(3));
		this.merge.mergeGuestIntoAccount(GuestCookie.hash(older), account.accountId());
		assertThat(this.positions.rungOf(account, SLUG)).as("the account's newer position").contains(rung(3));

		Person fresh = Person.account(ACCOUNTS.incrementAndGet());
		String only = this.positions.place(Person.nobody(), SLUG, rung(1));
		this.merge.mergeGuestIntoAccount(GuestCookie.hash(only), fresh.accountId());
		assertThat(this.positions.rungOf(fresh, SLUG)).as("an account without one takes the guest's").contains(rung(1));
	}

	private String rung(int index) {
		return this.jdbc.queryForList("""
				select r.rung_key from ladder_rung r join career c on c.id = r.career_id
				where c.slug = ? order by r.position""", String.class, SLUG).get(index);
	}

	private String firstAction(String stepKey) {
		return this.jdbc.queryForObject("""
				select a.action_key from step_action a join roadmap_step s on s.id = a.step_id
				where s.step_key = ? order by a.position fetch first 1 rows only""", String.class, stepKey);
	}

}
