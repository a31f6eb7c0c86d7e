package org.careerpath.career;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A career guide. Its slug is stable: URLs and user progress refer to it. */
@Entity
@Table(name = "career")
public class Career {

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

}
