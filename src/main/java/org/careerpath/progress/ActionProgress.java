package org.careerpath.progress;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A ticked checklist action of a step; its absence means not ticked. */
@Entity
@Table(name = "action_progress")
class ActionProgress extends ProfileRow {

	@Column(name = "step_key")
	private String stepKey;

	@Column(name = "action_key")
	private String actionKey;

	@Column(name = "done_at")
	private Instant doneAt;

	protected ActionProgress() {
	}

	ActionProgress(long profileId, String careerSlug, String stepKey, String actionKey, Instant doneAt) {
		super(profileId, careerSlug);
		this.stepKey = stepKey;
		this.actionKey = actionKey;
		this.doneAt = doneAt;
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
