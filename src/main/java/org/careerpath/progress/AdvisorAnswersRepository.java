package org.careerpath.progress;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface AdvisorAnswersRepository extends Repository<AdvisorAnswers, Long> {

	Optional<AdvisorAnswers> findByProfileIdAndCareerSlug(long profileId, String careerSlug);

	List<AdvisorAnswers> findByProfileId(long profileId);

	AdvisorAnswers save(AdvisorAnswers answers);

	AdvisorAnswers saveAndFlush(AdvisorAnswers answers);

}
