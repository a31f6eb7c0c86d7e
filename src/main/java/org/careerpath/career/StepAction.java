package org.careerpath.career;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.SQLRestriction;

/** A concrete checklist action inside a roadmap step, drawn from the step's own text. */
@Entity
// Retired: gone from its guide, kept for the progress that refers to it; no page or query sees it.
@SQLRestriction("retired = false")
@Table(name = "step_action")
public class StepAction {

	@Id
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "step_id")
	private RoadmapStep step;

	@Column(name = "action_key")
	private String key;

	private int position;

	private String label;

	protected StepAction() {
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

	public String getLabel() {
		return this.label;
	}

}
