package org.careerpath.progress;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes guest progress nobody has used for {@code careerpath.guests.retention} (180 days unless set), with all its
 * rows; accounts are never purged. A guest's use is their changes and, at most once a day, their reading.
 */
@Service
class GuestRetention {

	private static final Logger log = LoggerFactory.getLogger(GuestRetention.class);

	private final ProgressProfileRepository profiles;

	private final Clock clock;

	private final Duration retention;

	GuestRetention(ProgressProfileRepository profiles, Clock clock,
			@Value("${careerpath.guests.retention:180d}") Duration retention) {
		this.profiles = profiles;
		this.clock = clock;
		this.retention = retention;
	}

	@Scheduled(cron = "${careerpath.guests.purge-cron:0 17 3 * * *}")
	@Transactional
	void purgeUnusedGuests() {
		int purged = purge();
		if (purged > 0) {
			log.info("Purged {} unused guest profiles", purged);
		}
	}

	/** How many guest profiles were deleted. */
	@Transactional
	int purge() {
		return this.profiles.deleteGuestsUnusedSince(this.clock.instant().minus(this.retention));
	}

}
