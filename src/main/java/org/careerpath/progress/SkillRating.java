package org.careerpath.progress;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One rating of one skill, 1 to 5, kept with its time: a person's assessments are all their ratings over time. */
@Entity
@Table(name = "skill_rating")
class SkillRating extends ProfileRow {

	@Column(name = "skill_key")
	private String skillKey;

	private int rating;

	@Column(name = "rated_at")
	private Instant ratedAt;

	protected SkillRating() {
	}

	SkillRating(long profileId, String careerSlug, String skillKey, int rating, Instant ratedAt) {
		super(profileId, careerSlug);
		this.skillKey = skillKey;
		this.rating = rating;
		this.ratedAt = ratedAt;
	}

	Rating toRating() {
		return new Rating(this.skillKey, this.rating, this.ratedAt);
	}

}
