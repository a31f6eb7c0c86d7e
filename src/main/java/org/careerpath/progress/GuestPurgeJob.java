package org.careerpath.progress;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Deletes guest progress nobody has used for {@code careerpath.guests.retention} (180 days unless set). */
@Component
class GuestPurgeJob {

	private static final Logger log = LoggerFactory.getLogger(GuestPurgeJob.class);

	private final ProgressService progress;

	GuestPurgeJob(ProgressService progress) {
		this.progress = progress;
	}

	@Scheduled(cron = "${careerpath.guests.purge-cron:0 17 3 * * *}")
	void purge() {
		int purged = this.progress.purgeUnusedGuests();
		if (purged > 0) {
			log.info("Purged {} unused guest profiles", purged);
		}
	}

}
