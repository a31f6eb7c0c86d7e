package org.careerpath.career;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One duty within a responsibility area. */
@Entity
@Table(name = "responsibility_duty")
public class ResponsibilityDuty {

	@Id
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "area_id")
	private ResponsibilityArea area;

	private int position;

	private String description;

	protected ResponsibilityDuty() {
	}

	public int getPosition() {
		return this.position;
	}

	public String getDescription() {
		return this.description;
	}

}
