package org.careerpath.progress;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a guest's progress into an account when the guest registers or signs in: the union of both, and where both
 * have the same step (or ladder position), the newer change wins. Ticked actions are united. The guest profile is
 * then deleted.
 */
@Service
class ProgressMerge {

	private final ProgressProfileRepository profiles;

	private final StepProgressRepository steps;

	private final ActionProgressRepository actions;

	private final LadderPositionRepository positions;

	private final AdvisorAnswersRepository answers;

	private final SkillRatingRepository ratings;

	private final Clock clock;

	ProgressMerge(ProgressProfileRepository profiles, StepProgressRepository steps, ActionProgressRepository actions,
			LadderPositionRepository positions, AdvisorAnswersRepository answers, SkillRatingRepository ratings,
			Clock clock) {
		this.profiles = profiles;
		this.steps = steps;
		this.actions = actions;
		this.positions = positions;
		this.answers = answers;
		this.ratings = ratings;
		this.clock = clock;
	}

	@Transactional
	@RetryOnConflict
	void mergeGuestIntoAccount(String guestTokenHash, long accountId) {
		Optional<ProgressProfile> guest = this.profiles.findByGuestTokenHash(guestTokenHash);
		if (guest.isEmpty()) {
			return;
		}
		Instant now = this.clock.instant();
		ProgressProfile account = this.profiles.findByAccountId(accountId)
			.orElseGet(() -> this.profiles.saveAndFlush(ProgressProfile.account(accountId, now)));
		long guestId = guest.get().getId();
		long accountProfileId = account.getId();
		mergeSteps(guestId, accountProfileId, now);
		mergeActions(guestId, accountProfileId);
		mergePositions(guestId, accountProfileId);
		mergeAdvisor(guestId, accountProfileId);
		account.seen(now, ProgressProfiles.SEEN_RESOLUTION);
		this.profiles.delete(guest.get());
	}

	private void mergeSteps(long guestId, long accountProfileId, Instant now) {
		Map<String, StepProgress> accountSteps = new HashMap<>();
		this.steps.findByProfileIdOrderByCareerSlug(accountProfileId)
			.forEach(row -> accountSteps.put(row.getCareerSlug() + "/" + row.getStepKey(), row));
		for (StepProgress guestRow : this.steps.findByProfileIdOrderByCareerSlug(guestId)) {
			StepProgress target = accountSteps.get(guestRow.getCareerSlug() + "/" + guestRow.getStepKey());
			if (target == null) {
				target = new StepProgress(accountProfileId, guestRow.getCareerSlug(), guestRow.getStepKey(), now);
			}
			else if (!guestRow.getUpdatedAt().isAfter(target.getUpdatedAt())) {
				continue;
			}
			target.copyFrom(guestRow.getStatus(), guestRow.getNote(), guestRow.getCompletedOn(), guestRow.getEvidenceUrl(),
					guestRow.getUpdatedAt());
			this.steps.save(target);
		}
	}

	/** The newer answers win; every rating is kept, so the account's history holds both. */
	private void mergeAdvisor(long guestId, long accountProfileId) {
		Map<String, AdvisorAnswers> accountAnswers = new HashMap<>();
		this.answers.findByProfileId(accountProfileId).forEach(row -> accountAnswers.put(row.getCareerSlug(), row));
		for (AdvisorAnswers guestRow : this.answers.findByProfileId(guestId)) {
			AdvisorAnswers target = accountAnswers.get(guestRow.getCareerSlug());
			if (target == null) {
				target = new AdvisorAnswers(accountProfileId, guestRow.getCareerSlug());
			}
			else if (!guestRow.getUpdatedAt().isAfter(target.getUpdatedAt())) {
				continue;
			}
			target.answer(guestRow.toAnswers(), guestRow.getUpdatedAt());
			this.answers.saveAndFlush(target);
		}
		for (SkillRating rating : this.ratings.findByProfileIdOrderByRatedAtAscIdAsc(guestId)) {
			Rating kept = rating.toRating();
			this.ratings.save(new SkillRating(accountProfileId, rating.getCareerSlug(), kept.skillKey(), kept.rating(),
					kept.ratedAt()));
		}
	}

	private void mergeActions(long guestId, long accountProfileId) {
		Set<String> accountActions = new HashSet<>();
		this.actions.findByProfileId(accountProfileId).forEach(action -> accountActions.add(actionId(action)));
		for (ActionProgress action : this.actions.findByProfileId(guestId)) {
			if (accountActions.add(actionId(action))) {
				this.actions.saveAndFlush(new ActionProgress(accountProfileId, action.getCareerSlug(), action.getStepKey(),
						action.getActionKey(), action.getDoneAt()));
			}
		}
	}

	private void mergePositions(long guestId, long accountProfileId) {
		Map<String, LadderPosition> accountPositions = new HashMap<>();
		this.positions.findByProfileId(accountProfileId).forEach(p -> accountPositions.put(p.getCareerSlug(), p));
		for (LadderPosition guestPosition : this.positions.findByProfileId(guestId)) {
			LadderPosition target = accountPositions.get(guestPosition.getCareerSlug());
			if (target == null) {
				this.positions.saveAndFlush(new LadderPosition(accountProfileId, guestPosition.getCareerSlug(),
						guestPosition.getRungKey(), guestPosition.getUpdatedAt()));
			}
			else if (guestPosition.getUpdatedAt().isAfter(target.getUpdatedAt())) {
				target.moveTo(guestPosition.getRungKey(), guestPosition.getUpdatedAt());
			}
		}
	}

	private static String actionId(ActionProgress action) {
		return action.getCareerSlug() + "/" + action.getStepKey() + "/" + action.getActionKey();
	}

}
