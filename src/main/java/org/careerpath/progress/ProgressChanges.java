package org.careerpath.progress;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to a person's checklist. Changes set a state rather than toggle one, so repeating a change (a double
 * click, two tabs) ends in the same state. Each runs in its own transaction; one that loses a race with another
 * (the unique row per step, its version) is run again, in a new transaction, on the other's result.
 */
@Service
@Transactional
@RetryOnConflict
class ProgressChanges {

	private final ProgressProfiles profiles;

	private final StepProgressRepository steps;

	private final ActionProgressRepository actions;

	private final RoadmapContent content;

	private final Clock clock;

	private final ProgressMetrics metrics;

	ProgressChanges(ProgressProfiles profiles, StepProgressRepository steps, ActionProgressRepository actions,
			RoadmapContent content, Clock clock, ProgressMetrics metrics) {
		this.metrics = metrics;
		this.profiles = profiles;
		this.steps = steps;
		this.actions = actions;
		this.content = content;
		this.clock = clock;
	}

	Change setStatus(Person person, String slug, String stepKey, StepStatus status) {
		return change(person, slug, this.content.requireStep(slug, stepKey), status == StepStatus.DONE, rows -> {
			StepProgress row = rows.step(stepKey, this.clock.instant());
			row.setStatus(status, this.clock.instant());
			rows.save(row);
		});
	}

	/** Ticking the step's box marks it done; unticking it undoes "done" only, leaving in progress or skipped as is. */
	Change setDone(Person person, String slug, String stepKey, boolean done) {
		return change(person, slug, this.content.requireStep(slug, stepKey), done, rows -> {
			Optional<StepProgress> existing = rows.existing(stepKey);
			if (done) {
				StepProgress row = rows.step(stepKey, this.clock.instant());
				row.setStatus(StepStatus.DONE, this.clock.instant());
				rows.save(row);
			}
			else if (existing.isPresent() && existing.get().getStatus() == StepStatus.DONE) {
				existing.get().setStatus(StepStatus.NOT_STARTED, this.clock.instant());
				rows.save(existing.get());
			}
		});
	}

	/** Ticks or unticks one action; ticking one of a step not started yet makes the step in progress. */
	Change setAction(Person person, String slug, String stepKey, String actionKey, boolean done) {
		List<String> stepKeys = this.content.requireStep(slug, stepKey);
		this.content.requireActions(slug, stepKey, Set.of(actionKey));
		return change(person, slug, stepKeys, false, rows -> {
			rows.tick(stepKey, Set.of(actionKey), done ? Set.of(actionKey) : Set.of(), this.clock.instant());
			if (done) {
				started(rows, stepKey);
			}
		});
	}

	/** Sets which of the step's actions are ticked, as the checklist's own form sends them. */
	Change setActions(Person person, String slug, String stepKey, Set<String> ticked) {
		return saveStep(person, slug, stepKey, null, ticked);
	}

	/**
	 * The whole step as its form sends it without script: the status (null: as it is) and which actions are ticked,
	 * together, so nothing ticked is lost to a status saved on its own. Actions ticked on a step left "not started"
	 * make it in progress.
	 */
	Change saveStep(Person person, String slug, String stepKey, StepStatus status, Set<String> ticked) {
		List<String> stepKeys = this.content.requireStep(slug, stepKey);
		Set<String> known = this.content.requireActions(slug, stepKey, ticked);
		return change(person, slug, stepKeys, status == StepStatus.DONE, rows -> {
			rows.tick(stepKey, known, ticked, this.clock.instant());
			if (status != null) {
				StepProgress row = rows.step(stepKey, this.clock.instant());
				row.setStatus(status, this.clock.instant());
				rows.save(row);
			}
			if (!ticked.isEmpty()) {
				started(rows, stepKey);
			}
		});
	}

	Change saveDetails(Person person, String slug, String stepKey, StepDetails details) {
		return change(person, slug, this.content.requireStep(slug, stepKey), false, rows -> {
			StepProgress row = rows.step(stepKey, this.clock.instant());
			row.setDetails(details.note(), details.completedOn(), details.evidenceUrl(), this.clock.instant());
			rows.save(row);
		});
	}

	/** Clears the roadmap's checklist; someone with no profile has nothing to clear, and nothing is created. */
	void reset(Person person, String slug) {
		this.content.requireCareer(slug);
		this.profiles.find(person).ifPresent(profileId -> {
			this.steps.deleteByProfileIdAndCareerSlug(profileId, slug);
			this.actions.deleteByProfileIdAndCareerSlug(profileId, slug);
		});
	}

	/**
	 * Makes the change in the person's profile (created on the first change) on their rows, read once, counts it, and
	 * answers with the roadmap's progress from those same rows.
	 */
	private Change change(Person person, String slug, List<String> stepKeys, boolean stepDone, Consumer<Checklist> work) {
		ProgressProfiles.OwnerWithSteps found = this.profiles.obtain(person, slug);
		ProgressProfiles.Owner owner = found.owner();
		Checklist rows = new Checklist(owner.profileId(), slug, found.steps(), this.steps, this.actions);
		work.accept(rows);
		this.metrics.changed(stepDone);
		return new Change(rows.progress(stepKeys), owner.guestToken());
	}

	private void started(Checklist rows, String stepKey) {
		StepProgress row = rows.step(stepKey, this.clock.instant());
		row.startedByTicking(this.clock.instant());
		rows.save(row);
	}

	/**
	 * The progress after a change, and the guest token the browser keeps (null for an account).
	 */
	record Change(CareerProgress progress, String guestToken) {
	}

}
