package org.careerpath.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed sign-ins counted per client address and email address together, whether or not an account has that email
 * (so the answer never tells which exist): after {@code maxFailures} within {@code window}, that address may not try
 * that email again for {@code window}. A stranger guessing a person's password locks only themselves out; the owner,
 * from their own connection, still signs in. (How often an address may try at all is limited apart, per address.)
 * <p>
 * Kept in the database, so every instance behind the proxy counts the same failures and a restart forgets none; a
 * row holds only the SHA-256 of the address and the email together. Each write runs in a transaction of its own: a
 * failure counts even though the sign-in that caused it fails.
 */
@Component
class SignInAttempts {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int maxFailures;

	private final Duration window;

	private final Counter lockouts;

	SignInAttempts(JdbcClient jdbc, Clock clock, MeterRegistry meters,
			@Value("${careerpath.sign-in.max-failures:5}") int maxFailures,
			@Value("${careerpath.sign-in.lockout:15m}") Duration window) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.window = window;
		this.lockouts = Counter.builder("careerpath.sign-in.lockouts")
			.description("Client addresses locked out of one email after too many failed sign-ins")
			.register(meters);
	}

	@Transactional(readOnly = true)
	boolean isBlocked(String clientAddress, String email) {
		return this.jdbc.sql("select count(*) from sign_in_lockout where attempt_key = ? and blocked_until > ?")
			.params(key(clientAddress, email), now())
			.query(Long.class)
			.single() > 0;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void failed(String clientAddress, String email) {
		String key = key(clientAddress, email);
		Timestamp now = now();
		this.jdbc.sql("insert into sign_in_failure (attempt_key, failed_at) values (?, ?)").params(key, now).update();
		long recent = this.jdbc.sql("select count(*) from sign_in_failure where attempt_key = ? and failed_at > ?")
			.params(key, Timestamp.from(now.toInstant().minus(this.window)))
			.query(Long.class)
			.single();
		if (recent >= this.maxFailures) {
			block(key, Timestamp.from(now.toInstant().plus(this.window)));
			this.jdbc.sql("delete from sign_in_failure where attempt_key = ?").param(key).update();
		}
	}

	private void block(String key, Timestamp until) {
		if (this.jdbc.sql("update sign_in_lockout set blocked_until = ? where attempt_key = ?")
			.params(until, key)
			.update() == 0) {
			try {
				this.jdbc.sql("insert into sign_in_lockout (attempt_key, blocked_until) values (?, ?)")
					.params(key, until)
					.update();
			}
			catch (DuplicateKeyException ex) {
				return; // another instance locked the same pair out at the same moment
			}
		}
		this.lockouts.increment();
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void succeeded(String clientAddress, String email) {
		this.jdbc.sql("delete from sign_in_failure where attempt_key = ?").param(key(clientAddress, email)).update();
	}

	/**
	 * Deletes failures older than the window and lockouts that have ended: they no longer count. Every instance runs
	 * it; runs at the same moment delete the same rows, which is harmless.
	 */
	@Scheduled(fixedDelayString = "${careerpath.sign-in.clean-up-every:PT10M}", initialDelayString = "PT1M")
	@Transactional
	int cleanUp() {
		Timestamp now = now();
		return this.jdbc.sql("delete from sign_in_failure where failed_at <= ?")
			.param(Timestamp.from(now.toInstant().minus(this.window)))
			.update() + this.jdbc.sql("delete from sign_in_lockout where blocked_until <= ?").param(now).update();
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

	/** The address and the normalised email together, as a SHA-256 in hex: no personal data is kept. */
	private static String key(String clientAddress, String email) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((clientAddress + ' ' + EmailAddresses.normalize(email)).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing", ex);
		}
	}

}
