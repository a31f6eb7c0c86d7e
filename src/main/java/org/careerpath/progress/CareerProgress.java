package org.careerpath.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A person's progress on one career's roadmap, counted against the steps the roadmap has now. Steps no longer in
 * the roadmap are listed apart as retired and counted nowhere.
 */
public record CareerProgress(String careerSlug, Map<String, StepState> steps, int total, int done, int skipped,
		int inProgress, String nextStepKey, List<StepState> retired) {

	/** The state of a step; a step nobody touched is not started. */
	public StepState step(String stepKey) {
		StepState state = this.steps.get(stepKey);
		return (state != null) ? state : StepState.notStarted(stepKey);
	}

	public boolean isEmpty() {
		return this.steps.values().stream().allMatch(StepState::isUntouched);
	}

	public boolean isComplete() {
		return this.total > 0 && this.done + this.skipped == this.total;
	}

	/** One step's state. */
	public record StepState(String stepKey, StepStatus status, Set<String> actionsDone, String note,
			LocalDate completedOn, String evidenceUrl, Instant updatedAt) {

		static StepState notStarted(String stepKey) {
			return new StepState(stepKey, StepStatus.NOT_STARTED, Set.of(), null, null, null, null);
		}

		public boolean isDone() {
			return this.status == StepStatus.DONE;
		}

		/** Done or skipped: nothing more to do on it. */
		public boolean isFinished() {
			return this.status == StepStatus.DONE || this.status == StepStatus.SKIPPED;
		}

		public boolean actionDone(String actionKey) {
			return this.actionsDone.contains(actionKey);
		}

		/** How many of these actions (the step's current ones) are ticked. */
		public long countDone(Collection<String> actionKeys) {
			return actionKeys.stream().filter(this.actionsDone::contains).count();
		}

		/**
		 * Every one of the step's actions ticked but the step not marked done: the page offers to mark it done, and
		 * never does it by itself.
		 */
		public boolean offersDone(Collection<String> actionKeys) {
			return !actionKeys.isEmpty() && countDone(actionKeys) == actionKeys.size() && !isDone();
		}

		/** The longest note the step takes, for the form's hint and limit. */
		public int maxNoteLength() {
			return StepDetails.MAX_NOTE;
		}

		public int maxLinkLength() {
			return StepDetails.MAX_LINK;
		}

		public boolean hasDetails() {
			return (this.note != null && !this.note.isBlank()) || this.completedOn != null || this.evidenceUrl != null;
		}

		boolean isUntouched() {
			return this.status == StepStatus.NOT_STARTED && this.actionsDone.isEmpty() && !hasDetails();
		}

	}

}
