package org.careerpath.progress;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The rung of a career's ladder a person says they are on now. */
@Entity
@Table(name = "ladder_position")
class LadderPosition extends ProfileRow {

	@Column(name = "rung_key")
	private String rungKey;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private int version;

	protected LadderPosition() {
	}

	LadderPosition(long profileId, String careerSlug, String rungKey, Instant updatedAt) {
		super(profileId, careerSlug);
		this.rungKey = rungKey;
		this.updatedAt = updatedAt;
	}

	void moveTo(String rungKey, Instant updatedAt) {
		this.rungKey = rungKey;
		this.updatedAt = updatedAt;
	}

	String getRungKey() {
		return this.rungKey;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
