package org.careerpath.progress;

import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface SkillRatingRepository extends Repository<SkillRating, Long> {

	/** Oldest first, so the last rating of each skill is its current one. */
	List<SkillRating> findByProfileIdAndCareerSlugOrderByRatedAtAscIdAsc(long profileId, String careerSlug);

	List<SkillRating> findByProfileIdOrderByRatedAtAscIdAsc(long profileId);

	SkillRating save(SkillRating rating);

	@Modifying
	@Query("delete from SkillRating r where r.profileId = :profileId and r.careerSlug = :careerSlug")
	int deleteByProfileIdAndCareerSlug(long profileId, String careerSlug);

}
