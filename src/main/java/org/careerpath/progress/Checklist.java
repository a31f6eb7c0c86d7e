package org.careerpath.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One person's rows for one roadmap, read once for a change and kept up to date by it, so that the change and the
 * progress it answers with need no second read: the step rows come with the profile, the action rows in one more query
 * when first needed. Lives for one transaction.
 */
final class Checklist {

	private final long profileId;

	private final String slug;

	private final StepProgressRepository stepRows;

	private final ActionProgressRepository actionRows;

	private final Map<String, StepProgress> steps = new HashMap<>();

	private List<ActionProgress> actions;

	/** From the step rows already read with the profile ({@link ProgressProfiles#obtain(Person, String)}). */
	Checklist(long profileId, String slug, List<StepProgress> steps, StepProgressRepository stepRows,
			ActionProgressRepository actionRows) {
		this.profileId = profileId;
		this.slug = slug;
		this.stepRows = stepRows;
		this.actionRows = actionRows;
		steps.forEach(row -> this.steps.put(row.getStepKey(), row));
	}

	Optional<StepProgress> existing(String stepKey) {
		return Optional.ofNullable(this.steps.get(stepKey));
	}

	/** The step's row, new (not yet saved) when the person has none. */
	StepProgress step(String stepKey, Instant now) {
		return existing(stepKey).orElseGet(() -> new StepProgress(this.profileId, this.slug, stepKey, now));
	}

	void save(StepProgress row) {
		this.steps.put(row.getStepKey(), this.stepRows.saveAndFlush(row));
	}

	/** The action rows of the roadmap, read on first use. */
	List<ActionProgress> actions() {
		if (this.actions == null) {
			this.actions = new ArrayList<>(this.actionRows.findByProfileIdAndCareerSlug(this.profileId, this.slug));
		}
		return this.actions;
	}

	/** Of the given actions of a step, ticks those in {@code ticked} and unticks the rest. */
	void tick(String stepKey, Set<String> considered, Set<String> ticked, Instant now) {
		Map<String, ActionProgress> existing = new HashMap<>();
		actions().stream()
			.filter(action -> action.getStepKey().equals(stepKey))
			.forEach(action -> existing.put(action.getActionKey(), action));
		for (String key : considered) {
			ActionProgress row = existing.get(key);
			if (ticked.contains(key) && row == null) {
				ActionProgress added = new ActionProgress(this.profileId, this.slug, stepKey, key, now);
				actions().add(this.actionRows.saveAndFlush(added));
			}
			else if (!ticked.contains(key) && row != null) {
				this.actionRows.delete(row);
				actions().remove(row);
			}
		}
	}

	/** The progress as the rows are now. */
	CareerProgress progress(List<String> stepKeys) {
		return ProgressReader.of(this.slug, stepKeys, this.steps.values(), actions());
	}

}
