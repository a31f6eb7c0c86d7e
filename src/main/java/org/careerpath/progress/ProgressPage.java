package org.careerpath.progress;

import java.util.List;

import org.careerpath.career.CareerHeader;

/** The personal checklist page: every step with its text, actions and the person's state of it. */
record ProgressPage(CareerHeader career, CareerProgress progress, List<Step> steps) {

	record Step(String key, int position, String title, String summary, List<String> paragraphs, List<Action> actions,
			CareerProgress.StepState state) {

		public long actionsDone() {
			return this.actions.stream().filter(action -> this.state.actionDone(action.key())).count();
		}

		/** All actions ticked but the step not marked done: the page offers to mark it, never does it by itself. */
		public boolean offerDone() {
			return !this.actions.isEmpty() && actionsDone() == this.actions.size() && !this.state.isDone();
		}

	}

	record Action(String key, String label) {
	}

}
