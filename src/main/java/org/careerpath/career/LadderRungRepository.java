package org.careerpath.career;

import java.util.List;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Read-only access to a career's ladder. */
public interface LadderRungRepository extends Repository<LadderRung, Long> {

	/** The rungs in the guide's order with their tips, in one query. */
	@Query("select distinct r from LadderRung r left join fetch r.tips where r.career.slug = :slug order by r.position")
	List<LadderRung> findWithTipsByCareerSlug(String slug);

	@Query("select r.key from LadderRung r where r.career.slug = :slug order by r.position")
	@Cacheable("content.rungKeys")
	List<String> findKeysByCareerSlug(String slug);

}
