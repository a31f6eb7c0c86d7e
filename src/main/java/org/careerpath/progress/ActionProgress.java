package org.careerpath.progress;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A ticked checklist action of a step; its absence means not ticked. */
@Entity
@Table(name = "action_progress")
class ActionProgress {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "profile_id")
	private Long profileId;

	@Column(name = "career_slug")
	private String careerSlug;

	@Column(name = "step_key")
	private String stepKey;

	@Column(name = "action_key")
	private String actionKey;

	@Column(name = "done_at")
	private Instant doneAt;

	protected ActionProgress() {
	}

	ActionProgress(long profileId, String careerSlug, String stepKey, String actionKey, Instant doneAt) {
		this.profileId = profileId;
		this.careerSlug = careerSlug;
		this.stepKey = stepKey;
		this.actionKey = actionKey;
		this.doneAt = doneAt;
	}

	String getCareerSlug() {
		return this.careerSlug;
	}

	String getStepKey() {
		return this.stepKey;
	}

	String getActionKey() {
		return this.actionKey;
	}

	Instant getDoneAt() {
		return this.doneAt;
	}

}
