package org.careerpath.career;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Read-only access to a career's essential skills. */
public interface SkillRepository extends Repository<Skill, Long> {

	/** The skills with the steps that build them, in one query. */
	@Query("select distinct k from Skill k left join fetch k.steps where k.career.slug = :slug order by k.position")
	List<Skill> findWithStepsByCareerSlug(String slug);

	@Query("select count(k) from Skill k where k.career.slug = :slug")
	long countByCareerSlug(String slug);

}
