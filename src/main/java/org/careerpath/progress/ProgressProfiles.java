package org.careerpath.progress;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

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

	static final int RECENT_VISITS = 10_000;

	private final ProgressProfileRepository profiles;

	private final Clock clock;

	/** Guests whose visit this instance wrote down, and when: bounded, and only ever saves a statement. */
	private final Cache<String, Instant> recentVisits = Caffeine.newBuilder().maximumSize(RECENT_VISITS).build();

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
		rememberUse(profile);
		return new Owner(profile.getId(), person.isSignedIn() ? null : token);
	}

	/**
	 * The profile to change with the person's step rows for one roadmap, read together: a change costs one query to
	 * find both. Created (as {@link #obtain(Person)} does) when there is none yet.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	OwnerWithSteps obtain(Person person, String slug) {
		List<ProfileStep> found = person.isSignedIn()
				? this.profiles.findWithStepsByAccountId(person.accountId(), slug)
				: person.guestTokenHash()
					.map(hash -> this.profiles.findWithStepsByGuestTokenHash(hash, slug))
					.orElse(List.of());
		if (found.isEmpty()) {
			return new OwnerWithSteps(obtain(person), List.of());
		}
		ProgressProfile profile = found.get(0).profile();
		profile.seen(this.clock.instant(), SEEN_RESOLUTION);
		rememberUse(profile);
		List<StepProgress> steps = found.stream().map(ProfileStep::step).filter(Objects::nonNull).toList();
		return new OwnerWithSteps(new Owner(profile.getId(), person.isSignedIn() ? null : person.guestToken()), steps);
	}

	/**
	 * Notes that a guest read their progress, so it is not purged while in use: one statement that changes the row
	 * at most once a day, and none at all when this instance wrote it down less than a day ago.
	 */
	@Transactional
	void recordVisit(Person person) {
		Instant now = this.clock.instant();
		person.guestTokenHash().ifPresent(hash -> {
			Instant recorded = this.recentVisits.getIfPresent(hash);
			if (recorded == null || recorded.isBefore(now.minus(SEEN_RESOLUTION))) {
				this.profiles.markSeen(hash, now, now.minus(SEEN_RESOLUTION));
				this.recentVisits.put(hash, now);
			}
		});
	}

	/** A change has just marked a guest's profile as used: reading their pages today needs no statement for it. */
	private void rememberUse(ProgressProfile profile) {
		if (profile.getGuestTokenHash() != null) {
			this.recentVisits.put(profile.getGuestTokenHash(), profile.getLastSeenAt());
		}
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

	/** The profile a change is made in, and the person's step rows of the roadmap changed (managed entities). */
	record OwnerWithSteps(Owner owner, List<StepProgress> steps) {
	}

}
