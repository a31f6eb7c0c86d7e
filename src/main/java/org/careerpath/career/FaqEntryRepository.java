package org.careerpath.career;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Read-only access to a career's frequently asked questions. */
public interface FaqEntryRepository extends Repository<FaqEntry, Long> {

	@Query("select f from FaqEntry f where f.career.slug = :slug order by f.position")
	List<FaqEntry> findByCareerSlug(String slug);

}
