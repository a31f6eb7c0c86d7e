package org.careerpath.progress;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface StepProgressRepository extends Repository<StepProgress, Long> {

	List<StepProgress> findByProfileIdAndCareerSlug(Long profileId, String careerSlug);

	List<StepProgress> findByProfileIdOrderByCareerSlug(Long profileId);

	Optional<StepProgress> findByProfileIdAndCareerSlugAndStepKey(Long profileId, String careerSlug, String stepKey);

	StepProgress save(StepProgress progress);

	StepProgress saveAndFlush(StepProgress progress);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from StepProgress s where s.profileId = :profileId and s.careerSlug = :careerSlug")
	int deleteByProfileIdAndCareerSlug(Long profileId, String careerSlug);

}
