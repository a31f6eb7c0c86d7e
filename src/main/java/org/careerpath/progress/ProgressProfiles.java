package org.careerpath.progress;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds and creates the profile that holds a person's progress. Finding only reads; the first change creates the
 * profile (and, for a guest, a new token for the cookie).
 */
@Component
class ProgressProfiles {

	/** How often a guest's use is written down, at most: enough for a retention counted in months. */
	static final Duration SEEN_RESOLUTION = Duration.ofDays(1);

	private final ProgressProfileRepository profiles;

	private final Clock clock;

	ProgressProfiles(ProgressProfileRepository profiles, Clock clock) {
		this.profiles = profiles;
		this.clock = clock;
	}

	/** The person's profile id, if they have one; one query, none for nobody. */
	@Transactional(readOnly = true)
	Optional<Long> find(Person person) {
		return profile(person).map(ProgressProfile::getId);
	}

	/**
	 * The profile to change, created if there is none yet, and marked as used (at most once a day). Runs inside the change's
	 * transaction: if two first changes for one account race to create it, the loser's change is retried and finds
	 * the winner's.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	Owner obtain(Person person) {
		Instant now = this.clock.instant();
		Optional<ProgressProfile> found = profile(person);
		ProgressProfile profile;
		String token = person.guestToken();
		if (found.isPresent()) {
			profile = found.get();
			profile.seen(now, SEEN_RESOLUTION);
		}
		else if (person.isSignedIn()) {
			profile = this.profiles.saveAndFlush(ProgressProfile.account(person.accountId(), now));
		}
		else {
			token = GuestCookie.newToken();
			profile = this.profiles.saveAndFlush(ProgressProfile.guest(GuestCookie.hash(token), now));
		}
		return new Owner(profile.getId(), person.isSignedIn() ? null : token);
	}

	/**
	 * Notes that a guest read their progress, so it is not purged while in use: one statement that changes the row
	 * at most once a day.
	 */
	@Transactional
	void recordVisit(Person person) {
		Instant now = this.clock.instant();
		person.guestTokenHash().ifPresent(hash -> this.profiles.markSeen(hash, now, now.minus(SEEN_RESOLUTION)));
	}

	private Optional<ProgressProfile> profile(Person person) {
		if (person.isSignedIn()) {
			return this.profiles.findByAccountId(person.accountId());
		}
		return person.guestTokenHash().flatMap(this.profiles::findByGuestTokenHash);
	}

	/**
	 * The profile a change was made in.
	 *
	 * @param profileId the profile
	 * @param guestToken the token the guest's browser keeps (new or renewed), or null for an account
	 */
	record Owner(long profileId, String guestToken) {
	}

}
