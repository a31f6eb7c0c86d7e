package org.careerpath.progress;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ActionProgressRepository extends Repository<ActionProgress, Long> {

	List<ActionProgress> findByProfileIdAndCareerSlug(Long profileId, String careerSlug);

	List<ActionProgress> findByProfileId(Long profileId);

	Optional<ActionProgress> findByProfileIdAndCareerSlugAndStepKeyAndActionKey(Long profileId, String careerSlug,
			String stepKey, String actionKey);

	ActionProgress saveAndFlush(ActionProgress progress);

	void delete(ActionProgress progress);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from ActionProgress a where a.profileId = :profileId and a.careerSlug = :careerSlug")
	int deleteByProfileIdAndCareerSlug(Long profileId, String careerSlug);

}
