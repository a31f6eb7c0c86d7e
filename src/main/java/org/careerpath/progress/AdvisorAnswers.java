package org.careerpath.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** What a person told the advisor about themselves for one career, by the guide's keys. */
@Entity
@Table(name = "advisor_answers")
class AdvisorAnswers extends ProfileRow {

	@Column(name = "education_level")
	private String educationLevel;

	@Column(name = "education_field")
	private String educationField;

	/** Credential keys, comma-separated (keys never contain a comma). */
	private String credentials;

	@Column(name = "clinical_years")
	private Integer clinicalYears;

	@Column(name = "management_years")
	private Integer managementYears;

	@Column(name = "role_key")
	private String currentRole;

	@Column(name = "target_date")
	private LocalDate targetDate;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private int version;

	protected AdvisorAnswers() {
	}

	AdvisorAnswers(long profileId, String careerSlug) {
		super(profileId, careerSlug);
	}

	void answer(Answers answers, Instant now) {
		this.educationLevel = answers.educationLevel();
		this.educationField = answers.educationField();
		this.credentials = String.join(",", answers.credentials());
		this.clinicalYears = answers.clinicalYears();
		this.managementYears = answers.managementYears();
		this.currentRole = answers.currentRole();
		this.targetDate = answers.targetDate();
		this.updatedAt = now;
	}

	Answers toAnswers() {
		Set<String> held = (this.credentials == null || this.credentials.isEmpty()) ? Set.of()
				: new LinkedHashSet<>(Arrays.asList(this.credentials.split(",")));
		return new Answers(this.educationLevel, this.educationField, held, this.clinicalYears, this.managementYears,
				this.currentRole, this.targetDate, this.updatedAt);
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
