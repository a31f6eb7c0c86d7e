package org.careerpath.career;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Read-only access to the licences and certifications a career's guide names. */
public interface CredentialRepository extends Repository<Credential, Long> {

	/** The credentials with the steps that name them, in one query. */
	@Query("select distinct c from Credential c left join fetch c.steps where c.career.slug = :slug order by c.position")
	List<Credential> findWithStepsByCareerSlug(String slug);

}
