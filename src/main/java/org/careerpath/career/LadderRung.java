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
import org.hibernate.annotations.SQLRestriction;

/** One rung of the career ladder, in the guide's order, with its tips. */
@Entity
// Retired: gone from its guide, kept for the progress that refers to it; no page or query sees it.
@SQLRestriction("retired = false")
@Table(name = "ladder_rung")
public class LadderRung {

	@Id
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "career_id")
	private Career career;

	@Column(name = "rung_key")
	private String key;

	private int position;

	private String stage;

	private String title;

	private String description;

	@Column(name = "tips_intro")
	private String tipsIntro;

	@OneToMany(mappedBy = "rung")
	@OrderBy("position")
	private List<LadderTip> tips = new ArrayList<>();

	protected LadderRung() {
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

	public String getStage() {
		return this.stage;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public String getTipsIntro() {
		return this.tipsIntro;
	}

	public List<LadderTip> getTips() {
		return this.tips;
	}

}
