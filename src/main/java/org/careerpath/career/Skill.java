package org.careerpath.career;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** One of a career's essential skills. */
@Entity
@Table(name = "skill")
public class Skill {

	@Id
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "career_id")
	private Career career;

	@Column(name = "skill_key")
	private String key;

	private int position;

	private String name;

	private String description;

	@ManyToMany(mappedBy = "skills")
	@OrderBy("position")
	private Set<RoadmapStep> steps = new LinkedHashSet<>();

	protected Skill() {
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

	public String getName() {
		return this.name;
	}

	public String getDescription() {
		return this.description;
	}

	/** The roadmap steps that build this skill. */
	public Set<RoadmapStep> getSteps() {
		return this.steps;
	}

}
