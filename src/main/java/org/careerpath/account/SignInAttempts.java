package org.careerpath.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins counted per client address and email address together, whether or not an account has that email
 * (so the answer never tells which exist): after {@code maxFailures} within {@code window}, that address may not try
 * that email again for {@code window}. A stranger guessing a person's password locks only themselves out; the owner,
 * from their own connection, still signs in. (How often an address may try at all is limited apart, per address.)
 * Kept in a bounded cache of small keys: the email is held only as its SHA-256.
 */
@Component
class SignInAttempts {

	static final int MAX_TRACKED = 100_000;

	private final Cache<String, Attempts> byClientAndEmail;

	private final Clock clock;

	private final int maxFailures;

	private final Duration window;

	SignInAttempts(Clock clock, @Value("${careerpath.sign-in.max-failures:5}") int maxFailures,
			@Value("${careerpath.sign-in.lockout:15m}") Duration window) {
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.window = window;
		this.byClientAndEmail = Caffeine.newBuilder()
			.maximumSize(MAX_TRACKED)
			.expireAfterAccess(window.multipliedBy(2))
			.build();
	}

	boolean isBlocked(String clientAddress, String email) {
		Attempts attempts = this.byClientAndEmail.getIfPresent(key(clientAddress, email));
		return attempts != null && attempts.blocked(this.clock.instant());
	}

	void failed(String clientAddress, String email) {
		this.byClientAndEmail.get(key(clientAddress, email), k -> new Attempts()).failed(this.clock.instant());
	}

	void succeeded(String clientAddress, String email) {
		this.byClientAndEmail.invalidate(key(clientAddress, email));
	}

	long tracked() {
		this.byClientAndEmail.cleanUp();
		return this.byClientAndEmail.estimatedSize();
	}

	private static String key(String clientAddress, String email) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(EmailAddresses.normalize(email).getBytes(StandardCharsets.UTF_8));
			return String.valueOf(clientAddress) + ' ' + HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing", ex);
		}
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

	}

}
