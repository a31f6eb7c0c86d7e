package org.careerpath.career.guide;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Strict start-up refused invalid guides: the problems, one a line, and what to do, without a stack trace. */
class InvalidGuidesFailureAnalyzer extends AbstractFailureAnalyzer<InvalidGuidesException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidGuidesException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Correct each file at the line named (docs/authoring-guides.md describes every field), or set "
						+ "careerpath.guides-fail-on-invalid=false to start with the valid guides only.",
				cause);
	}

}
