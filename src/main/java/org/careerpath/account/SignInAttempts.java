package org.careerpath.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per email address, counted whether or not an account has that address (so the answer never tells
 * which addresses exist): after {@code maxFailures} failures within {@code window}, further attempts are refused for
 * {@code window}. Kept in memory: a restart forgets it, and each instance counts its own.
 */
@Component
class SignInAttempts {

	private static final int MAX_TRACKED = 10_000;

	private final Map<String, Attempts> byEmail = new ConcurrentHashMap<>();

	private final Clock clock;

	private final int maxFailures;

	private final Duration window;

	SignInAttempts(Clock clock, @Value("${careerpath.sign-in.max-failures:5}") int maxFailures,
			@Value("${careerpath.sign-in.lockout:15m}") Duration window) {
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.window = window;
	}

	boolean isBlocked(String email) {
		Attempts attempts = this.byEmail.get(key(email));
		return attempts != null && attempts.blocked(this.clock.instant());
	}

	void failed(String email) {
		if (this.byEmail.size() >= MAX_TRACKED) {
			Instant now = this.clock.instant();
			this.byEmail.values().removeIf(attempts -> attempts.stale(now));
			if (this.byEmail.size() >= MAX_TRACKED) {
				// Under a spray of addresses, keep the lockouts and forget partial counts: memory stays bounded.
				this.byEmail.values().removeIf(attempts -> !attempts.blocked(now));
			}
		}
		this.byEmail.computeIfAbsent(key(email), k -> new Attempts()).failed(this.clock.instant());
	}

	void succeeded(String email) {
		this.byEmail.remove(key(email));
	}

	private static String key(String email) {
		return (email == null) ? "" : email.strip().toLowerCase(Locale.ROOT);
	}

	private final class Attempts {

		private final Deque<Instant> failures = new ArrayDeque<>();

		private Instant blockedUntil = Instant.MIN;

		synchronized boolean blocked(Instant now) {
			return now.isBefore(this.blockedUntil);
		}

		synchronized void failed(Instant now) {
			Instant since = now.minus(SignInAttempts.this.window);
			while (!this.failures.isEmpty() && !this.failures.peekFirst().isAfter(since)) {
				this.failures.removeFirst();
			}
			this.failures.addLast(now);
			if (this.failures.size() >= SignInAttempts.this.maxFailures) {
				this.blockedUntil = now.plus(SignInAttempts.this.window);
				this.failures.clear();
			}
		}

		synchronized boolean stale(Instant now) {
			Instant since = now.minus(SignInAttempts.this.window);
			return !blocked(now) && (this.failures.isEmpty() || !this.failures.peekLast().isAfter(since));
		}

	}

}
