package org.careerpath.progress;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The rung of a career's ladder a person says they are on now. */
@Entity
@Table(name = "ladder_position")
class LadderPosition {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "profile_id")
	private Long profileId;

	@Column(name = "career_slug")
	private String careerSlug;

	@Column(name = "rung_key")
	private String rungKey;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private int version;

	protected LadderPosition() {
	}

	LadderPosition(long profileId, String careerSlug, String rungKey, Instant updatedAt) {
		this.profileId = profileId;
		this.careerSlug = careerSlug;
		this.rungKey = rungKey;
		this.updatedAt = updatedAt;
	}

	void moveTo(String rungKey, Instant updatedAt) {
		this.rungKey = rungKey;
		this.updatedAt = updatedAt;
	}

	String getCareerSlug() {
		return this.careerSlug;
	}

	String getRungKey() {
		return this.rungKey;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
