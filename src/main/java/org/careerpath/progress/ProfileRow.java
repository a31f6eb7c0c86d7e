package org.careerpath.progress;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * What every row of a person's data has: its id, the progress profile it belongs to (a guest's or an account's,
 * deleted with it) and the career it is about, by slug.
 */
@MappedSuperclass
abstract class ProfileRow {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "profile_id")
	private Long profileId;

	@Column(name = "career_slug")
	private String careerSlug;

	protected ProfileRow() {
	}

	ProfileRow(long profileId, String careerSlug) {
		this.profileId = profileId;
		this.careerSlug = careerSlug;
	}

	Long getProfileId() {
		return this.profileId;
	}

	String getCareerSlug() {
		return this.careerSlug;
	}

}
