package org.careerpath.career;

import java.util.List;
import java.util.Optional;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Read-only access to careers. Methods that return records, not entities, are cached until a guide changes
 * (system.ContentCacheConfig): content is read far more than it is written.
 */
public interface CareerRepository extends Repository<Career, Long> {

	Optional<Career> findBySlug(String slug);

	@Cacheable("content.careerExists")
	boolean existsBySlug(String slug);

	/** The header, with which optional sections the guide has (see {@link Career#header()}), in one query. */
	@Query("""
			select new org.careerpath.career.CareerHeader(c.slug, c.title, c.hasSkills, c.hasLadder, c.hasSalaries,
			    c.hasResponsibilities, c.hasFaq)
			from Career c where c.slug = :slug""")
	@Cacheable(cacheNames = "content.header", unless = "#result == null")
	Optional<CareerHeader> findHeaderBySlug(String slug);

	@Query("""
			select new org.careerpath.career.CareerListing(c.slug, c.title, c.summary,
			    (select count(s) from RoadmapStep s where s.career = c))
			from Career c order by c.title""")
	List<CareerListing> findCatalogue();

}
