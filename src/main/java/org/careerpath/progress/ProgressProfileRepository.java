package org.careerpath.progress;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ProgressProfileRepository extends Repository<ProgressProfile, Long> {

	Optional<ProgressProfile> findById(Long id);

	Optional<ProgressProfile> findByGuestTokenHash(String guestTokenHash);

	Optional<ProgressProfile> findByAccountId(Long accountId);

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
