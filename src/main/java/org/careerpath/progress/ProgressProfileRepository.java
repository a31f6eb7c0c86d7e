package org.careerpath.progress;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ProgressProfileRepository extends Repository<ProgressProfile, Long> {

	Optional<ProgressProfile> findById(Long id);

	Optional<ProgressProfile> findByGuestTokenHash(String guestTokenHash);

	Optional<ProgressProfile> findByAccountId(Long accountId);

	/** A guest's profile with its step rows for one roadmap, in one query: a row per step, or one with no step. */
	@Query("""
			select new org.careerpath.progress.ProfileStep(p, s) from ProgressProfile p
			left join StepProgress s on s.profileId = p.id and s.careerSlug = :careerSlug
			where p.guestTokenHash = :guestTokenHash""")
	List<ProfileStep> findWithStepsByGuestTokenHash(String guestTokenHash, String careerSlug);

	/** An account's profile with its step rows for one roadmap, in one query. */
	@Query("""
			select new org.careerpath.progress.ProfileStep(p, s) from ProgressProfile p
			left join StepProgress s on s.profileId = p.id and s.careerSlug = :careerSlug
			where p.accountId = :accountId""")
	List<ProfileStep> findWithStepsByAccountId(Long accountId, String careerSlug);

	ProgressProfile save(ProgressProfile profile);

	ProgressProfile saveAndFlush(ProgressProfile profile);

	void delete(ProgressProfile profile);

	@Modifying(clearAutomatically = true)
	@Query("""
			update ProgressProfile p set p.lastSeenAt = :now
			where p.guestTokenHash = :guestTokenHash and p.lastSeenAt < :before""")
	int markSeen(String guestTokenHash, Instant now, Instant before);

	/** Guests' rows go with them (on delete cascade). */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from ProgressProfile p where p.guestTokenHash is not null and p.lastSeenAt < :cutoff")
	int deleteGuestsUnusedSince(Instant cutoff);

}
