package org.careerpath.progress;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.careerpath.support.JpaSliceTest;
import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@JpaSliceTest
class ProgressRepositoriesTests {

	@Autowired
	ProgressProfileRepository profiles;

	@Autowired
	StepProgressRepository steps;

	@Test
	void aProfileHasOneRowPerStep() {
		long profile = this.profiles.save(ProgressProfile.guest("a".repeat(64), Instant.now())).getId();
		this.steps.saveAndFlush(new StepProgress(profile, "director-of-clinical-services", "networking", Instant.now()));
		assertThatThrownBy(() -> this.steps
			.saveAndFlush(new StepProgress(profile, "director-of-clinical-services", "networking", Instant.now())))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void purgeQueryDeletesOnlyOldGuests() {
		Instant now = Instant.now();
		ProgressProfile old = this.profiles.save(ProgressProfile.guest("b".repeat(64), now.minus(Duration.ofDays(200))));
		ProgressProfile fresh = this.profiles.save(ProgressProfile.guest("c".repeat(64), now));
		ProgressProfile account = this.profiles.save(ProgressProfile.account(42, now.minus(Duration.ofDays(900))));
		assertThat(this.profiles.deleteGuestsUnusedSince(now.minus(Duration.ofDays(180)))).isEqualTo(1);
		assertThat(this.profiles.findById(old.getId())).isEmpty();
		assertThat(this.profiles.findById(fresh.getId())).isPresent();
		assertThat(this.profiles.findById(account.getId())).isPresent();
	}

	@Test
	void aGuestIsFoundByTheHashOfTheirToken() {
		String token = GuestCookie.newToken();
		this.profiles.save(ProgressProfile.guest(GuestCookie.hash(token), Instant.now()));
		assertThat(this.profiles.findByGuestTokenHash(GuestCookie.hash(token))).isPresent();
		assertThat(this.profiles.findByGuestTokenHash(GuestCookie.hash(GuestCookie.newToken()))).isEmpty();
	}

	@Test
	void aVisitMarksAGuestSeenAtMostOnceADay() {
		Instant then = Instant.now().minus(Duration.ofDays(3));
		ProgressProfile guest = this.profiles.save(ProgressProfile.guest("d".repeat(64), then));
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		assertThat(this.profiles.markSeen("d".repeat(64), now, now.minus(Duration.ofDays(1)))).isEqualTo(1);
		assertThat(this.profiles.markSeen("d".repeat(64), now.plusSeconds(60), now.minus(Duration.ofDays(1))))
			.as("seen within the day: nothing written").isZero();
		assertThat(this.profiles.findById(guest.getId())).hasValueSatisfying(
				found -> assertThat(found.getLastSeenAt()).isEqualTo(now));
	}

}
