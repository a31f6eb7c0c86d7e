package org.careerpath.advisor;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A person's plan for one career. Every line carries its reasons (message codes with their arguments, worded by the
 * page) and its source in the guide (a step, a rung, or the guide's own words).
 */
record Plan(Standing standing, List<Suggestion> done, List<Undecided> undecided, List<NextAction> next, List<Gap> gaps,
		String gapsRung, Outlook salary, List<Dated> timeline) {

	/** A reason as the page says it: a message code and its arguments. */
	record Reason(String code, Object... args) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Reason reason && this.code.equals(reason.code)
					&& Arrays.equals(this.args, reason.args);
		}

		@Override
		public int hashCode() {
			return 31 * this.code.hashCode() + Arrays.hashCode(this.args);
		}

		@Override
		public String toString() {
			return this.code + Arrays.toString(this.args);
		}

	}

	/** Where the person stands: a rung (or before the first, or not decided) and the next rung with its tips. */
	record Standing(String rungKey, String rungTitle, boolean beforeLadder, Reason how, String nextKey,
			String nextTitle, List<String> nextTips) {
	}

	/** A step the answers show done, not yet done on the checklist. */
	record Suggestion(String stepKey, int position, String title, List<Reason> because, String evidence) {
	}

	/** A step the answers cannot decide: the guide gives no number of years. */
	record Undecided(String stepKey, int position, String title, Reason because, String evidence) {
	}

	record NextAction(String stepKey, int position, String stepTitle, String actionKey, String label, Reason because) {
	}

	/** A skill the next rung needs: the person's latest rating (null: not rated) and how the guide names it. */
	record Gap(String skillKey, String name, Integer rating, String via, String evidence, int score) {
	}

	/** The salary band to look at, and the comparison of the current and next band. */
	record Outlook(Reason what, String compare, String with) {
	}

	record Dated(String stepKey, int position, String title, LocalDate date) {
	}

}
