package org.careerpath.career;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** An area of the role's responsibilities with its duties. */
@Entity
@Table(name = "responsibility_area")
public class ResponsibilityArea {

	@Id
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "career_id")
	private Career career;

	@Column(name = "area_key")
	private String key;

	private int position;

	private String title;

	@OneToMany(mappedBy = "area")
	@OrderBy("position")
	private List<ResponsibilityDuty> duties = new ArrayList<>();

	protected ResponsibilityArea() {
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

	public List<ResponsibilityDuty> getDuties() {
		return this.duties;
	}

}
