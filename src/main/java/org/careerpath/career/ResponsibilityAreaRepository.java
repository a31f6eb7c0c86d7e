package org.careerpath.career;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Read-only access to a career's responsibilities. */
public interface ResponsibilityAreaRepository extends Repository<ResponsibilityArea, Long> {

	/** The areas with their duties, in one query. */
	@Query("""
			select distinct a from ResponsibilityArea a left join fetch a.duties
			where a.career.slug = :slug order by a.position""")
	List<ResponsibilityArea> findWithDutiesByCareerSlug(String slug);

}
