package org.careerpath.progress;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Whose progress it is: a guest, known by the hash of its cookie token, or an account. */
@Entity
@Table(name = "progress_profile")
class ProgressProfile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "guest_token_hash")
	private String guestTokenHash;

	@Column(name = "account_id")
	private Long accountId;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "last_seen_at")
	private Instant lastSeenAt;

	protected ProgressProfile() {
	}

	private ProgressProfile(String guestTokenHash, Long accountId, Instant now) {
		this.guestTokenHash = guestTokenHash;
		this.accountId = accountId;
		this.createdAt = now;
		this.lastSeenAt = now;
	}

	static ProgressProfile guest(String tokenHash, Instant now) {
		return new ProgressProfile(tokenHash, null, now);
	}

	static ProgressProfile account(long accountId, Instant now) {
		return new ProgressProfile(null, accountId, now);
	}

	Long getId() {
		return this.id;
	}

	Long getAccountId() {
		return this.accountId;
	}

	boolean isGuest() {
		return this.guestTokenHash != null;
	}

	String getGuestTokenHash() {
		return this.guestTokenHash;
	}

	Instant getLastSeenAt() {
		return this.lastSeenAt;
	}

	/**
	 * Notes a use; written down at most once per {@code resolution}, so most changes do not rewrite the profile's row
	 * (retention counts in months).
	 */
	void seen(Instant now, Duration resolution) {
		if (this.lastSeenAt == null || this.lastSeenAt.isBefore(now.minus(resolution))) {
			this.lastSeenAt = now;
		}
	}

}
