package org.careerpath.career;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A licence or certification the guide names. */
@Entity
@Table(name = "credential")
public class Credential {

	public enum Kind {

		LICENCE, CERTIFICATION

	}

	@Id
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "career_id")
	private Career career;

	@Column(name = "credential_key")
	private String key;

	private int position;

	private String name;

	private String abbreviation;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private Kind kind;

	private String description;

	@ManyToMany(mappedBy = "credentials")
	@OrderBy("position")
	private Set<RoadmapStep> steps = new LinkedHashSet<>();

	protected Credential() {
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

	public String getAbbreviation() {
		return this.abbreviation;
	}

	public Kind getKind() {
		return this.kind;
	}

	public String getDescription() {
		return this.description;
	}

	/** The roadmap steps that name this credential. */
	public Set<RoadmapStep> getSteps() {
		return this.steps;
	}

}
