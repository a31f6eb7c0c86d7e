package org.careerpath.career;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A tip for succeeding on one rung of the ladder. */
@Entity
@Table(name = "ladder_tip")
public class LadderTip {

	@Id
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "rung_id")
	private LadderRung rung;

	private int position;

	private String title;

	@Column(name = "tip_text")
	private String text;

	protected LadderTip() {
	}

	public int getPosition() {
		return this.position;
	}

	public String getTitle() {
		return this.title;
	}

	public String getText() {
		return this.text;
	}

}
