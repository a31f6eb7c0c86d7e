package org.careerpath.progress;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.careerpath.career.ActionOutline;
import org.careerpath.career.ContentNotFoundException;
import org.careerpath.career.LadderRungRepository;
import org.careerpath.career.RoadmapStepRepository;
import org.careerpath.career.StepOutline;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every change to progress. Changes set a state rather than toggle one, so repeating a change (a double click, two
 * tabs) ends in the same state; a change that loses a race with another (unique row, version) is retried on the
 * other's result.
 */
@Service
class ProgressService {

	/** Enough for many changes at once to one step; each loser waits a little, at random, before its retry. */
	private static final int ATTEMPTS = 10;

	private final ProgressProfileRepository profiles;

	private final StepProgressRepository steps;

	private final ActionProgressRepository actions;

	private final RoadmapStepRepository roadmap;

	private final LadderRungRepository ladder;

	private final LadderPositionRepository positions;

	private final ProgressReader reader;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Duration guestRetention;

	ProgressService(ProgressProfileRepository profiles, StepProgressRepository steps, ActionProgressRepository actions,
			RoadmapStepRepository roadmap, LadderRungRepository ladder, LadderPositionRepository positions,
			ProgressReader reader, PlatformTransactionManager transactionManager,
			Clock clock, @Value("${careerpath.guests.retention:180d}") Duration guestRetention) {
		this.profiles = profiles;
		this.steps = steps;
		this.actions = actions;
		this.roadmap = roadmap;
		this.ladder = ladder;
		this.positions = positions;
		this.reader = reader;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
		this.guestRetention = guestRetention;
	}

	@Transactional(readOnly = true)
	CareerProgress read(long profileId, String slug) {
		return this.reader.read(profileId, slug, stepKeys(slug));
	}

	CareerProgress setStatus(long profileId, String slug, String stepKey, StepStatus status) {
		requireStep(slug, stepKey);
		return change(profileId, slug, () -> {
			StepProgress row = stepRow(profileId, slug, stepKey);
			row.setStatus(status, today(), this.clock.instant());
			this.steps.saveAndFlush(row);
		});
	}

	/** Ticking the step's box marks it done; unticking it undoes "done" only, leaving in progress or skipped as is. */
	CareerProgress setDone(long profileId, String slug, String stepKey, boolean done) {
		requireStep(slug, stepKey);
		return change(profileId, slug, () -> {
			Optional<StepProgress> existing = this.steps.findByProfileIdAndCareerSlugAndStepKey(profileId, slug, stepKey);
			if (done) {
				StepProgress row = existing.orElseGet(() -> new StepProgress(profileId, slug, stepKey, this.clock.instant()));
				row.setStatus(StepStatus.DONE, today(), this.clock.instant());
				this.steps.saveAndFlush(row);
			}
			else if (existing.isPresent() && existing.get().getStatus() == StepStatus.DONE) {
				existing.get().setStatus(StepStatus.NOT_STARTED, today(), this.clock.instant());
				this.steps.saveAndFlush(existing.get());
			}
		});
	}

	CareerProgress setAction(long profileId, String slug, String stepKey, String actionKey, boolean done) {
		boolean known = this.roadmap.findActionOutlinesByCareerSlug(slug)
			.stream()
			.anyMatch(action -> action.stepKey().equals(stepKey) && action.key().equals(actionKey));
		if (!known) {
			requireStep(slug, stepKey);
			throw ContentNotFoundException.step(slug, stepKey + "/" + actionKey);
		}
		return change(profileId, slug, () -> {
			Optional<ActionProgress> existing = this.actions.findByProfileIdAndCareerSlugAndStepKeyAndActionKey(profileId,
					slug, stepKey, actionKey);
			if (done && existing.isEmpty()) {
				this.actions.saveAndFlush(new ActionProgress(profileId, slug, stepKey, actionKey, this.clock.instant()));
			}
			else if (!done && existing.isPresent()) {
				this.actions.delete(existing.get());
			}
		});
	}

	/** Sets which of the step's actions are ticked (the no-script form sends them all at once). */
	CareerProgress setActions(long profileId, String slug, String stepKey, Set<String> ticked) {
		requireStep(slug, stepKey);
		Set<String> known = new HashSet<>();
		this.roadmap.findActionOutlinesByCareerSlug(slug)
			.stream()
			.filter(action -> action.stepKey().equals(stepKey))
			.forEach(action -> known.add(action.key()));
		if (!known.containsAll(ticked)) {
			throw ContentNotFoundException.step(slug, stepKey);
		}
		return change(profileId, slug, () -> {
			Map<String, ActionProgress> existing = new HashMap<>();
			this.actions.findByProfileIdAndCareerSlug(profileId, slug)
				.stream()
				.filter(action -> action.getStepKey().equals(stepKey))
				.forEach(action -> existing.put(action.getActionKey(), action));
			for (String key : known) {
				ActionProgress row = existing.get(key);
				if (ticked.contains(key) && row == null) {
					this.actions.saveAndFlush(new ActionProgress(profileId, slug, stepKey, key, this.clock.instant()));
				}
				else if (!ticked.contains(key) && row != null) {
					this.actions.delete(row);
				}
			}
		});
	}

	CareerProgress saveDetails(long profileId, String slug, String stepKey, String note, LocalDate completedOn,
			String evidenceUrl) {
		requireStep(slug, stepKey);
		return change(profileId, slug, () -> {
			StepProgress row = stepRow(profileId, slug, stepKey);
			row.setDetails(blankToNull(note), completedOn, blankToNull(evidenceUrl), this.clock.instant());
			this.steps.saveAndFlush(row);
		});
	}

	/** Throws the 404 for a career that does not exist or a rung it does not have (null: no rung to check). */
	void requireRung(String slug, String rungKey) {
		requireCareer(slug);
		if (rungKey != null && !this.ladder.findKeysByCareerSlug(slug).contains(rungKey)) {
			throw ContentNotFoundException.rung(slug, rungKey);
		}
	}

	/** "I am here" on the ladder: one rung per career; another rung replaces it, null clears it. */
	void setLadderPosition(long profileId, String slug, String rungKey) {
		requireRung(slug, rungKey);
		retrying(() -> this.transactions.execute(status -> {
			Optional<LadderPosition> existing = this.positions.findByProfileIdAndCareerSlug(profileId, slug);
			if (rungKey == null) {
				existing.ifPresent(this.positions::delete);
			}
			else {
				LadderPosition position = existing
					.orElseGet(() -> new LadderPosition(profileId, slug, rungKey, this.clock.instant()));
				position.moveTo(rungKey, this.clock.instant());
				this.positions.saveAndFlush(position);
			}
			this.profiles.findById(profileId).ifPresent(profile -> profile.seen(this.clock.instant()));
			return null;
		}));
	}

	@Transactional
	void reset(long profileId, String slug) {
		requireCareer(slug);
		this.steps.deleteByProfileIdAndCareerSlug(profileId, slug);
		this.actions.deleteByProfileIdAndCareerSlug(profileId, slug);
	}

	/** The file to download; works for a visitor with no profile too (an empty file). */
	@Transactional(readOnly = true)
	ProgressFile export(Optional<Long> profileId, String slug) {
		List<StepOutline> outline = requireCareer(slug);
		List<String> keys = outline.stream().map(StepOutline::key).toList();
		CareerProgress progress = profileId.map(id -> this.reader.read(id, slug, keys))
			.orElseGet(() -> ProgressReader.empty(slug, keys));
		List<ProgressFile.Step> items = new ArrayList<>();
		for (StepOutline step : outline) {
			CareerProgress.StepState state = progress.step(step.key());
			if (state.updatedAt() != null || !state.actionsDone().isEmpty()) {
				items.add(fileStep(state, step.title(), false));
			}
		}
		progress.retired().forEach(state -> items.add(fileStep(state, null, true)));
		String rung = profileId.flatMap(id -> this.positions.findByProfileIdAndCareerSlug(id, slug))
			.map(LadderPosition::getRungKey)
			.orElse(null);
		return new ProgressFile(ProgressFile.FORMAT, ProgressFile.VERSION, slug, this.clock.instant().toString(), rung,
				items);
	}

	/** Replaces the roadmap's progress with a checked file's, all or nothing. */
	CareerProgress replaceWith(long profileId, String slug, List<ProgressImport.CheckedStep> imported,
			String ladderRung) {
		requireCareer(slug);
		return change(profileId, slug, () -> {
			if (ladderRung != null) { // a file without a position leaves the current one as it is
				this.positions.deleteByProfileIdAndCareerSlug(profileId, slug);
				this.positions.saveAndFlush(new LadderPosition(profileId, slug, ladderRung, this.clock.instant()));
			}
			this.steps.deleteByProfileIdAndCareerSlug(profileId, slug);
			this.actions.deleteByProfileIdAndCareerSlug(profileId, slug);
			for (ProgressImport.CheckedStep step : imported) {
				StepProgress row = new StepProgress(profileId, slug, step.key(), step.updatedAt());
				row.copyFrom(step.status(), step.note(), step.completedOn(), step.evidenceUrl(), step.updatedAt());
				this.steps.save(row);
				for (String actionKey : step.actionsDone()) {
					this.actions.saveAndFlush(new ActionProgress(profileId, slug, step.key(), actionKey, step.updatedAt()));
				}
			}
		});
	}

	/**
	 * Moves a guest's progress into an account: the union of both, and where both have the same step, the newer
	 * change wins. Ticked actions are united. The guest profile is then deleted.
	 */
	@Transactional
	void mergeGuestIntoAccount(String guestTokenHash, long accountId) {
		Optional<ProgressProfile> guest = this.profiles.findByGuestTokenHash(guestTokenHash);
		if (guest.isEmpty()) {
			return;
		}
		Instant now = this.clock.instant();
		ProgressProfile account = this.profiles.findByAccountId(accountId)
			.orElseGet(() -> this.profiles.save(ProgressProfile.account(accountId, now)));
		long guestId = guest.get().getId();
		long accountProfileId = account.getId();

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
		Set<String> accountActions = new HashSet<>();
		this.actions.findByProfileId(accountProfileId)
			.forEach(action -> accountActions.add(actionId(action)));
		for (ActionProgress action : this.actions.findByProfileId(guestId)) {
			if (accountActions.add(actionId(action))) {
				this.actions.saveAndFlush(new ActionProgress(accountProfileId, action.getCareerSlug(), action.getStepKey(),
						action.getActionKey(), action.getDoneAt()));
			}
		}
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
		account.seen(now);
		this.profiles.delete(guest.get());
	}

	@Transactional
	void deleteAccountData(long accountId) {
		this.profiles.findByAccountId(accountId).ifPresent(this.profiles::delete);
	}

	/** Deletes guest profiles nobody has used for the retention period, with all their progress. */
	@Transactional
	int purgeUnusedGuests() {
		return this.profiles.deleteGuestsUnusedSince(this.clock.instant().minus(this.guestRetention));
	}

	/** Everything kept for an account, by career, in the same shape as the progress file. */
	@Transactional(readOnly = true)
	List<ProgressFile> accountData(long accountId) {
		Optional<ProgressProfile> profile = this.profiles.findByAccountId(accountId);
		if (profile.isEmpty()) {
			return List.of();
		}
		Map<String, Boolean> careers = new LinkedHashMap<>();
		this.steps.findByProfileIdOrderByCareerSlug(profile.get().getId()).forEach(row -> careers.put(row.getCareerSlug(), true));
		this.actions.findByProfileId(profile.get().getId()).forEach(row -> careers.put(row.getCareerSlug(), true));
		this.positions.findByProfileId(profile.get().getId()).forEach(row -> careers.put(row.getCareerSlug(), true));
		return careers.keySet().stream().map(slug -> export(Optional.of(profile.get().getId()), slug)).toList();
	}

	List<StepOutline> requireCareer(String slug) {
		List<StepOutline> outline = this.roadmap.findOutlinesByCareerSlug(slug);
		if (outline.isEmpty()) {
			throw ContentNotFoundException.career(slug);
		}
		return outline;
	}

	List<String> rungKeys(String slug) {
		return this.ladder.findKeysByCareerSlug(slug);
	}

	List<ActionOutline> actionOutlines(String slug) {
		return this.roadmap.findActionOutlinesByCareerSlug(slug);
	}

	void requireStep(String slug, String stepKey) {
		if (requireCareer(slug).stream().noneMatch(step -> step.key().equals(stepKey))) {
			throw ContentNotFoundException.step(slug, stepKey);
		}
	}

	private List<String> stepKeys(String slug) {
		return requireCareer(slug).stream().map(StepOutline::key).toList();
	}

	/** Runs a change in its own transaction, retried if it lost a race, then reads the result. */
	private CareerProgress change(long profileId, String slug, Runnable work) {
		retrying(() -> this.transactions.execute(status -> {
			work.run();
			this.profiles.findById(profileId).ifPresent(profile -> profile.seen(this.clock.instant()));
			return null;
		}));
		return this.transactions.execute(status -> read(profileId, slug));
	}

	private static <T> T retrying(Supplier<T> work) {
		for (int attempt = 1;; attempt++) {
			try {
				return work.get();
			}
			catch (DataIntegrityViolationException | OptimisticLockingFailureException ex) {
				if (attempt == ATTEMPTS) {
					throw ex;
				}
				backOff(attempt);
			}
		}
	}

	private static void backOff(int attempt) {
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private StepProgress stepRow(long profileId, String slug, String stepKey) {
		return this.steps.findByProfileIdAndCareerSlugAndStepKey(profileId, slug, stepKey)
			.orElseGet(() -> new StepProgress(profileId, slug, stepKey, this.clock.instant()));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private static ProgressFile.Step fileStep(CareerProgress.StepState state, String title, boolean retired) {
		return new ProgressFile.Step(state.stepKey(), title, state.status().name(),
				(state.completedOn() != null) ? state.completedOn().toString() : null, state.note(), state.evidenceUrl(),
				state.actionsDone().stream().sorted().toList(),
				(state.updatedAt() != null) ? state.updatedAt().toString() : null, retired ? Boolean.TRUE : null);
	}

	private static String actionId(ActionProgress action) {
		return action.getCareerSlug() + "/" + action.getStepKey() + "/" + action.getActionKey();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
