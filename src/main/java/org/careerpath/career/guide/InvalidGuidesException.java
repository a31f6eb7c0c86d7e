package org.careerpath.career.guide;

import java.util.List;

/** Stops start-up when {@code careerpath.guides-fail-on-invalid} is set and a guide is not valid. */
class InvalidGuidesException extends IllegalStateException {

	InvalidGuidesException(List<GuideProblem> problems) {
		super("Invalid guides (careerpath.guides-fail-on-invalid=true):\n  "
				+ String.join("\n  ", problems.stream().map(GuideProblem::toString).toList()));
	}

}
