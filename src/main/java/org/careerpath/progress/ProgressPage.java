package org.careerpath.progress;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.careerpath.career.CareerHeader;

/**
 * The personal checklist page: every step with its text, actions and the person's state of it, which steps show
 * (the filter) and which are open: the next one to three still to do; the others fold to one line.
 */
record ProgressPage(CareerHeader career, CareerProgress progress, List<Step> steps, Filter filter,
		Map<String, String> retiredTitles) {

	/** How many of the steps still to do are open at once. */
	static final int OPEN = 3;

	ProgressPage filtered(Filter filter) {
		return new ProgressPage(this.career, this.progress, this.steps, filter, this.retiredTitles);
	}

	/** The steps the filter shows, in roadmap order. */
	public List<Step> shown() {
		return this.steps.stream().filter(step -> this.filter.shows(step.state())).toList();
	}

	/** A retired step as the page names it: its last title, or its key when even that is gone. */
	public String retiredName(String stepKey) {
		return this.retiredTitles.getOrDefault(stepKey, stepKey);
	}

	public List<Filter> filters() {
		return List.of(Filter.values());
	}

	public Set<String> open() {
		return this.steps.stream()
			.filter(step -> !step.state().isFinished())
			.limit(OPEN)
			.map(Step::key)
			.collect(Collectors.toSet());
	}

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

	/** All steps, those still to do, or those done or skipped. */
	enum Filter {

		ALL("all"), TO_DO("todo"), DONE("done");

		private final String param;

		Filter(String param) {
			this.param = param;
		}

		/** Whatever the address says: anything unknown shows all. */
		static Filter of(String value) {
			for (Filter filter : values()) {
				if (filter.param.equalsIgnoreCase(String.valueOf(value))) {
					return filter;
				}
			}
			return ALL;
		}

		boolean shows(CareerProgress.StepState state) {
			return switch (this) {
				case ALL -> true;
				case TO_DO -> !state.isFinished();
				case DONE -> state.isFinished();
			};
		}

		/** The value of {@code show=} in the address, and the key of the filter's label. */
		public String param() {
			return this.param;
		}

	}

}
