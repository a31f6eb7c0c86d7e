package org.careerpath.progress;

import java.util.List;

import org.careerpath.career.CareerHeader;

/** The personal checklist page: every step with its text, actions and the person's state of it. */
record ProgressPage(CareerHeader career, CareerProgress progress, List<Step> steps) {

	record Step(String key, int position, String title, String summary, List<String> paragraphs, List<Action> actions,
			CareerProgress.StepState state) {

		public long actionsDone() {
			return this.state.countDone(actionKeys());
		}

		public boolean offerDone() {
			return this.state.offersDone(actionKeys());
		}

		private List<String> actionKeys() {
			return this.actions.stream().map(Action::key).toList();
		}

	}

	record Action(String key, String label) {
	}

}
