package org.careerpath.career;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Read-only access to a career's salary bands. */
public interface SalaryBandRepository extends Repository<SalaryBand, Long> {

	@Query("select b from SalaryBand b where b.career.slug = :slug order by b.position")
	List<SalaryBand> findByCareerSlug(String slug);

}
