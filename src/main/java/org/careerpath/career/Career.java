package org.careerpath.career;

import java.util.Currency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Formula;
import tools.jackson.databind.json.JsonMapper;
import org.hibernate.annotations.SQLRestriction;

/** A career guide. Its slug is stable: URLs and user progress refer to it. */
@Entity
// Retired: gone from its guide, kept for the progress that refers to it; no page or query sees it.
@SQLRestriction("retired = false")
@Table(name = "career")
public class Career {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Id
	private Long id;

	private String slug;

	private String title;

	@Column(name = "guide_title")
	private String guideTitle;

	private String summary;

	private String introduction;

	@Column(name = "role_description")
	private String roleDescription;

	@Column(name = "responsibilities_intro")
	private String responsibilitiesIntro;

	@Column(name = "work_environment")
	private String workEnvironment;

	private String conclusion;

	/** ISO 4217: the money of the guide's salaries. */
	private String currency;

	@Column(name = "working_hours_per_year")
	private int workingHoursPerYear;

	@Column(name = "credentials_note")
	private String credentialsNote;

	@Column(name = "experience_label")
	private String experienceLabel;

	@Column(name = "experience_counting")
	private String experienceCounting;

	@Column(name = "experience_rule")
	private String experienceRule;

	@Column(name = "experience_meeting_note")
	private String experienceMeetingNote;

	@Column(name = "experience_note")
	private String experienceNote;

	/** The guide's advisor rules as JSON (see {@link AdvisorRules}), or null when it has none. */
	@Column(name = "advisor_rules")
	private String advisorRules;

	// Which optional sections the guide has, read with the career itself: one rule for every page's navigation.
	@Formula("(exists (select 1 from skill k where k.career_id = id)"
			+ " or exists (select 1 from credential r where r.career_id = id))")
	private boolean hasSkills;

	@Formula("exists (select 1 from ladder_rung r where r.career_id = id and r.retired = false)")
	private boolean hasLadder;

	@Formula("exists (select 1 from salary_band b where b.career_id = id)")
	private boolean hasSalaries;

	@Formula("exists (select 1 from responsibility_area a where a.career_id = id)")
	private boolean hasResponsibilities;

	@Formula("exists (select 1 from faq_entry f where f.career_id = id)")
	private boolean hasFaq;

	protected Career() {
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public String getGuideTitle() {
		return this.guideTitle;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getIntroduction() {
		return this.introduction;
	}

	public String getRoleDescription() {
		return this.roleDescription;
	}

	public String getResponsibilitiesIntro() {
		return this.responsibilitiesIntro;
	}

	public String getWorkEnvironment() {
		return this.workEnvironment;
	}

	public String getConclusion() {
		return this.conclusion;
	}

	/** The few facts every page shows, with the sections this guide has. */
	public CareerHeader header() {
		return new CareerHeader(this.slug, this.title, this.hasSkills, this.hasLadder, this.hasSalaries,
				this.hasResponsibilities, this.hasFaq);
	}

	public Currency getCurrency() {
		return Currency.getInstance(this.currency);
	}

	/** The hours of a working year, for hourly figures (2,080 unless the guide says otherwise). */
	public int getWorkingHoursPerYear() {
		return this.workingHoursPerYear;
	}

	/** The guide's advisor rules; none (empty lists) when the guide gives none. */
	public AdvisorRules getAdvisorRules() {
		return (this.advisorRules != null) ? JSON.readValue(this.advisorRules, AdvisorRules.class) : AdvisorRules.NONE;
	}

	/** The guide's note under its licences and certifications, or null. */
	public String getCredentialsNote() {
		return this.credentialsNote;
	}

	/** How the guide counts years for its salary bands, in its own words; each may be null. */
	public ExperienceNotes getExperienceNotes() {
		return new ExperienceNotes(this.experienceLabel, this.experienceCounting, this.experienceRule,
				this.experienceMeetingNote, this.experienceNote);
	}

}
