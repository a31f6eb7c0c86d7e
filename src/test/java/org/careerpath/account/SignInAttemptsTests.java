package org.careerpath.account;

import java.time.Duration;

import org.careerpath.support.TestClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInAttemptsTests {

	final TestClock clock = TestClock.startingNow();

	final SignInAttempts attempts = new SignInAttempts(this.clock, 5, Duration.ofMinutes(15));

	@Test
	void fiveFailuresWithinFifteenMinutesBlockForFifteenMinutes() {
		for (int i = 0; i < 4; i++) {
			this.attempts.failed("Sam@Example.org ");
			this.clock.advance(Duration.ofMinutes(3));
		}
		assertThat(this.attempts.isBlocked("sam@example.org")).isFalse();
		this.attempts.failed("sam@example.org");
		assertThat(this.attempts.isBlocked("SAM@example.org")).isTrue();
		this.clock.advance(Duration.ofMinutes(14));
		assertThat(this.attempts.isBlocked("sam@example.org")).isTrue();
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(this.attempts.isBlocked("sam@example.org")).isFalse();
	}

	@Test
	void failuresSpreadOverMoreThanTheWindowDoNotBlock() {
		for (int i = 0; i < 10; i++) {
			this.attempts.failed("sam@example.org");
			this.clock.advance(Duration.ofMinutes(4));
		}
		assertThat(this.attempts.isBlocked("sam@example.org")).isFalse();
	}

	@Test
	void aSuccessForgetsEarlierFailures() {
		for (int i = 0; i < 4; i++) {
			this.attempts.failed("sam@example.org");
		}
		this.attempts.succeeded("sam@example.org");
		this.attempts.failed("sam@example.org");
		assertThat(this.attempts.isBlocked("sam@example.org")).isFalse();
	}

	@Test
	void eachAddressCountsItsOwnFailures() {
		for (int i = 0; i < 4; i++) {
			this.attempts.failed("kim@example.org");
		}
		for (int i = 0; i < 5; i++) {
			this.attempts.failed("sam@example.org");
		}
		assertThat(this.attempts.isBlocked("sam@example.org")).isTrue();
		assertThat(this.attempts.isBlocked("kim@example.org")).as("four of kim's own, none of sam's").isFalse();
		this.attempts.failed("kim@example.org");
		assertThat(this.attempts.isBlocked("kim@example.org")).isTrue();
	}

}
