package org.careerpath.career;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.SQLRestriction;

/** One step of a career's roadmap. The key is stable across edits and reordering; the position is not. */
@Entity
// Retired: gone from its guide, kept for the progress that refers to it; no page or query sees it.
@SQLRestriction("retired = false")
@Table(name = "roadmap_step")
public class RoadmapStep {

	@Id
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "career_id")
	private Career career;

	@Column(name = "step_key")
	private String key;

	private int position;

	private String title;

	private String summary;

	private String body;

	// A set, so that fetching it together with skills and credentials cannot repeat an action.
	@OneToMany(mappedBy = "step")
	@OrderBy("position")
	private Set<StepAction> actions = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "step_skill", joinColumns = @JoinColumn(name = "step_id"),
			inverseJoinColumns = @JoinColumn(name = "skill_id"))
	@OrderBy("position")
	private Set<Skill> skills = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "step_credential", joinColumns = @JoinColumn(name = "step_id"),
			inverseJoinColumns = @JoinColumn(name = "credential_id"))
	@OrderBy("position")
	private Set<Credential> credentials = new LinkedHashSet<>();

	protected RoadmapStep() {
	}

	public Long getId() {
		return this.id;
	}

	public Career getCareer() {
		return this.career;
	}

	public String getKey() {
		return this.key;
	}

	public int getPosition() {
		return this.position;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getBody() {
		return this.body;
	}

	/** The checklist actions in order. */
	public List<StepAction> getActions() {
		return this.actions.stream().sorted(Comparator.comparingInt(StepAction::getPosition)).toList();
	}

	public Set<Skill> getSkills() {
		return this.skills;
	}

	public Set<Credential> getCredentials() {
		return this.credentials;
	}

}
