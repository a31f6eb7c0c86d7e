package org.careerpath.advisor;

import java.util.List;
import java.util.Map;

import org.careerpath.career.CareerHeader;

/**
 * The advisor page: the form (prefilled from the saved answers, or as typed with a message by each field) and, once
 * answers are saved, the plan.
 */
record AdvisorPage(CareerHeader career, AdvisorGuide guide, AdvisorForm form, Map<String, Plan.Reason> errors,
		Plan plan, List<String> levels) {

	public Plan.Reason error(String field) {
		return this.errors.get(field);
	}

	public boolean hasErrors() {
		return !this.errors.isEmpty();
	}

}
