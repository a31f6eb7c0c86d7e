package org.careerpath.progress;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface LadderPositionRepository extends Repository<LadderPosition, Long> {

	Optional<LadderPosition> findByProfileIdAndCareerSlug(Long profileId, String careerSlug);

	List<LadderPosition> findByProfileId(Long profileId);

	LadderPosition saveAndFlush(LadderPosition position);

	void delete(LadderPosition position);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from LadderPosition p where p.profileId = :profileId and p.careerSlug = :careerSlug")
	int deleteByProfileIdAndCareerSlug(Long profileId, String careerSlug);

}
