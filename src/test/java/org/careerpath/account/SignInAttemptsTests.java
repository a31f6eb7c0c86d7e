package org.careerpath.account;

import java.time.Duration;

import javax.sql.DataSource;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.careerpath.support.JpaSliceTest;
import org.careerpath.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lockout's rules on the database that keeps them (H2 here, PostgreSQL in the second run), each test in a
 * transaction of its own that is rolled back.
 */
@JpaSliceTest
class SignInAttemptsTests {

	static final String STRANGER = "203.0.113.9";

	static final String OWNER = "198.51.100.7";

	final TestClock clock = TestClock.startingNow();

	final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	JdbcClient jdbc;

	SignInAttempts attempts;

	@BeforeEach
	void onTheDatabase(@Autowired DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
		this.attempts = new SignInAttempts(this.jdbc, this.clock, this.meters, 5, Duration.ofMinutes(15));
	}

	@Test
	void fiveFailuresWithinFifteenMinutesBlockThatAddressForThatEmailForFifteenMinutes() {
		for (int i = 0; i < 4; i++) {
			this.attempts.failed(STRANGER, "Sam@Example.org ");
			this.clock.advance(Duration.ofMinutes(3));
		}
		assertThat(this.attempts.isBlocked(STRANGER, "sam@example.org")).isFalse();
		this.attempts.failed(STRANGER, "sam@example.org");
		assertThat(this.attempts.isBlocked(STRANGER, "SAM@example.org")).isTrue();
		assertThat(this.attempts.isBlocked(STRANGER, "ｓａｍ@example.org")).as("a fullwidth look-alike is the same")
			.isTrue();
		this.clock.advance(Duration.ofMinutes(14));
		assertThat(this.attempts.isBlocked(STRANGER, "sam@example.org")).isTrue();
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(this.attempts.isBlocked(STRANGER, "sam@example.org")).isFalse();
	}

	@Test
	void aStrangerCannotLockTheOwnerOut() {
		for (int i = 0; i < 50; i++) {
			this.attempts.failed(STRANGER, "sam@example.org");
		}
		assertThat(this.attempts.isBlocked(STRANGER, "sam@example.org")).isTrue();
		assertThat(this.attempts.isBlocked(OWNER, "sam@example.org")).as("from her own connection").isFalse();
	}

	@Test
	void failuresSpreadOverMoreThanTheWindowDoNotBlock() {
		for (int i = 0; i < 10; i++) {
			this.attempts.failed(STRANGER, "sam@example.org");
			this.clock.advance(Duration.ofMinutes(4));
		}
		assertThat(this.attempts.isBlocked(STRANGER, "sam@example.org")).isFalse();
	}

	@Test
	void aSuccessForgetsEarlierFailures() {
		for (int i = 0; i < 4; i++) {
			this.attempts.failed(OWNER, "sam@example.org");
		}
		this.attempts.succeeded(OWNER, "sam@example.org");
		this.attempts.failed(OWNER, "sam@example.org");
		assertThat(this.attempts.isBlocked(OWNER, "sam@example.org")).isFalse();
	}

	@Test
	void eachEmailCountsItsOwnFailures() {
		for (int i = 0; i < 4; i++) {
			this.attempts.failed(STRANGER, "kim@example.org");
		}
		for (int i = 0; i < 5; i++) {
			this.attempts.failed(STRANGER, "sam@example.org");
		}
		assertThat(this.attempts.isBlocked(STRANGER, "sam@example.org")).isTrue();
		assertThat(this.attempts.isBlocked(STRANGER, "kim@example.org")).as("four of kim's own, none of sam's").isFalse();
		this.attempts.failed(STRANGER, "kim@example.org");
		assertThat(this.attempts.isBlocked(STRANGER, "kim@example.org")).isTrue();
	}

	@Test
	void aLockoutIsCountedAndWhatIsKeptHoldsNoEmailOrAddress() {
		for (int i = 0; i < 5; i++) {
			this.attempts.failed(STRANGER, "sam@example.org");
		}
		assertThat(this.meters.counter("careerpath.sign-in.lockouts").count()).isEqualTo(1);
		assertThat(this.jdbc.sql("select attempt_key from sign_in_lockout").query(String.class).list())
			.singleElement()
			.satisfies(key -> assertThat(key).matches("[0-9a-f]{64}").doesNotContain("sam").doesNotContain("203."));
	}

	@Test
	void theCleanUpDeletesOnlyWhatNoLongerCounts() {
		for (int i = 0; i < 5; i++) {
			this.attempts.failed(STRANGER, "sam@example.org");
		}
		this.attempts.failed(STRANGER, "kim@example.org");
		this.clock.advance(Duration.ofMinutes(10));
		this.attempts.failed(OWNER, "kim@example.org");
		this.clock.advance(Duration.ofMinutes(6));
		assertThat(this.attempts.cleanUp()).as("the stranger's lockout and failure on kim, both over").isEqualTo(2);
		assertThat(rows("sign_in_failure") + rows("sign_in_lockout")).as("the owner's recent failure").isEqualTo(1);
		assertThat(this.attempts.isBlocked(STRANGER, "sam@example.org")).isFalse();
	}

	private long rows(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
