package org.careerpath.account;

import java.time.Duration;

import org.careerpath.support.TestClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInAttemptsTests {

	static final String STRANGER = "203.0.113.9";

	static final String OWNER = "198.51.100.7";

	final TestClock clock = TestClock.startingNow();

	final SignInAttempts attempts = new SignInAttempts(this.clock, 5, Duration.ofMinutes(15));

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
	void whatIsKeptIsBoundedAndHoldsNoEmail() {
		String huge = "x".repeat(2_000_000) + "@example.org";
		for (int i = 0; i < 200_000; i++) {
			this.attempts.failed("10.0." + (i / 250) + "." + (i % 250), "person" + i + "@example.org");
		}
		this.attempts.failed(STRANGER, huge);
		assertThat(this.attempts.tracked()).isLessThanOrEqualTo(SignInAttempts.MAX_TRACKED);
	}

}
