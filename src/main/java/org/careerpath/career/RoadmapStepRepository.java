package org.careerpath.career;

import java.util.List;
import java.util.Optional;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Read-only access to roadmap steps; each method is one query, and those returning records are cached. */
public interface RoadmapStepRepository extends Repository<RoadmapStep, Long> {

	@Query("""
			select new org.careerpath.career.StepOutline(s.key, s.position, s.title, s.summary)
			from RoadmapStep s where s.career.slug = :slug order by s.position""")
	@Cacheable("content.outline")
	List<StepOutline> findOutlinesByCareerSlug(String slug);

	/** The steps with their full text and checklist actions, for the roadmap and its print view. */
	@Query("""
			select distinct s from RoadmapStep s left join fetch s.actions
			where s.career.slug = :slug order by s.position""")
	List<RoadmapStep> findWithActionsByCareerSlug(String slug);

	/** One step with everything its page shows: actions, skills and credentials. */
	@Query("""
			select distinct s from RoadmapStep s
			left join fetch s.actions left join fetch s.skills left join fetch s.credentials
			where s.career.slug = :slug and s.key = :key""")
	Optional<RoadmapStep> findDetail(String slug, String key);

	@Query("""
			select new org.careerpath.career.ActionOutline(s.key, a.key, a.position, a.label)
			from StepAction a join a.step s where s.career.slug = :slug order by s.position, a.position""")
	@Cacheable("content.actions")
	List<ActionOutline> findActionOutlinesByCareerSlug(String slug);

	/** Retired steps are hidden from every entity query; this native one finds them, for progress that names them. */
	@Query(value = """
			select s.step_key as "key", s.title as "title" from roadmap_step s join career c on c.id = s.career_id
			where c.slug = :slug and s.retired = true""", nativeQuery = true)
	List<RetiredStep> findRetiredByCareerSlug(String slug);

	@Query("select count(s) from RoadmapStep s where s.career.slug = :slug")
	long countByCareerSlug(String slug);

}
