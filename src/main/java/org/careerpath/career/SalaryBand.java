package org.careerpath.career;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A salary band by level: the guide's median range in whole US dollars per year. An open-ended band ("$260,000+")
 * has no upper limit; its {@code medianMax} is the figure the guide writes before the "+".
 */
@Entity
@Table(name = "salary_band")
public class SalaryBand {

	@Id
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "career_id")
	private Career career;

	@Column(name = "band_key")
	private String key;

	private int position;

	@Column(name = "level_name")
	private String level;

	@Column(name = "median_min")
	private int medianMin;

	@Column(name = "median_max")
	private int medianMax;

	@Column(name = "open_ended")
	private boolean openEnded;

	@Column(name = "experience_text")
	private String experienceText;

	@Column(name = "experience_min_years")
	private Integer experienceMinYears;

	@Column(name = "experience_max_years")
	private Integer experienceMaxYears;

	private String description;

	protected SalaryBand() {
	}

	public Long getId() {
		return this.id;
	}

	public String getKey() {
		return this.key;
	}

	public int getPosition() {
		return this.position;
	}

	public String getLevel() {
		return this.level;
	}

	public int getMedianMin() {
		return this.medianMin;
	}

	public int getMedianMax() {
		return this.medianMax;
	}

	public boolean isOpenEnded() {
		return this.openEnded;
	}

	public String getExperienceText() {
		return this.experienceText;
	}

	public Integer getExperienceMinYears() {
		return this.experienceMinYears;
	}

	public Integer getExperienceMaxYears() {
		return this.experienceMaxYears;
	}

	public String getDescription() {
		return this.description;
	}

}
