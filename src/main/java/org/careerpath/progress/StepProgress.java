package org.careerpath.progress;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One person's state of one step, by the step's stable key. Versioned: two changes at once to the same row end with
 * one retried on the other's result, never with a lost update.
 */
@Entity
@Table(name = "step_progress")
class StepProgress extends ProfileRow {

	@Column(name = "step_key")
	private String stepKey;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private StepStatus status;

	private String note;

	@Column(name = "completed_on")
	private LocalDate completedOn;

	@Column(name = "evidence_url")
	private String evidenceUrl;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private int version;

	protected StepProgress() {
	}

	StepProgress(long profileId, String careerSlug, String stepKey, Instant now) {
		super(profileId, careerSlug);
		this.stepKey = stepKey;
		this.status = StepStatus.NOT_STARTED;
		this.updatedAt = stored(now);
	}

	/**
	 * Sets the status. The completion date is the person's to give: marking a step done does not invent one (a degree
	 * earned years ago is not finished today), and a date they gave is kept whatever the status.
	 */
	void setStatus(StepStatus status, Instant now) {
		this.status = status;
		this.updatedAt = stored(now);
	}

	/** Ticking an action of a step not started yet means the person has started it. */
	void startedByTicking(Instant now) {
		if (this.status == StepStatus.NOT_STARTED) {
			setStatus(StepStatus.IN_PROGRESS, now);
		}
	}

	void setDetails(String note, LocalDate completedOn, String evidenceUrl, Instant now) {
		this.note = note;
		this.completedOn = completedOn;
		this.evidenceUrl = evidenceUrl;
		this.updatedAt = stored(now);
	}

	/** Takes every field of a newer state of the same step (merging, importing). */
	void copyFrom(StepStatus status, String note, LocalDate completedOn, String evidenceUrl, Instant updatedAt) {
		this.status = status;
		this.note = note;
		this.completedOn = completedOn;
		this.evidenceUrl = evidenceUrl;
		this.updatedAt = stored(updatedAt);
	}

	/**
	 * A time as the database keeps it (to the microsecond), so that the state a change answers with is the state
	 * read back afterwards.
	 */
	private static Instant stored(Instant time) {
		return (time != null) ? time.truncatedTo(ChronoUnit.MICROS) : null;
	}

	String getStepKey() {
		return this.stepKey;
	}

	StepStatus getStatus() {
		return this.status;
	}

	String getNote() {
		return this.note;
	}

	LocalDate getCompletedOn() {
		return this.completedOn;
	}

	String getEvidenceUrl() {
		return this.evidenceUrl;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
