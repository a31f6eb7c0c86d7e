package org.careerpath.progress;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** "I am here" on a career's ladder: one rung per career, kept with the person's progress (guest or account). */
@Service
class LadderPositions {

	private final ProgressProfiles profiles;

	private final LadderPositionRepository positions;

	private final RoadmapContent content;

	private final Clock clock;

	LadderPositions(ProgressProfiles profiles, LadderPositionRepository positions, RoadmapContent content, Clock clock) {
		this.profiles = profiles;
		this.positions = positions;
		this.content = content;
		this.clock = clock;
	}

	/**
	 * Another rung replaces the one kept; null clears it. An unknown career or rung is a 404 before anything is
	 * created. Returns the guest token the browser keeps (null for an account).
	 */
	@Transactional
	@RetryOnConflict
	String place(Person person, String slug, String rungKey) {
		this.content.requireRung(slug, rungKey);
		ProgressProfiles.Owner owner = this.profiles.obtain(person);
		Optional<LadderPosition> existing = this.positions.findByProfileIdAndCareerSlug(owner.profileId(), slug);
		if (rungKey == null) {
			existing.ifPresent(this.positions::delete);
		}
		else {
			LadderPosition position = existing
				.orElseGet(() -> new LadderPosition(owner.profileId(), slug, rungKey, this.clock.instant()));
			position.moveTo(rungKey, this.clock.instant());
			this.positions.saveAndFlush(position);
		}
		return owner.guestToken();
	}

	/** The rung the person said they are on, if any; no query for someone with no profile. */
	@Transactional(readOnly = true)
	Optional<String> rungOf(Person person, String slug) {
		return this.profiles.find(person)
			.flatMap(id -> this.positions.findByProfileIdAndCareerSlug(id, slug))
			.map(LadderPosition::getRungKey);
	}

}
