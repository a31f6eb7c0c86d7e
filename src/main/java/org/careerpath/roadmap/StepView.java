package org.careerpath.roadmap;

import java.util.List;

import org.careerpath.career.CareerHeader;
import org.careerpath.career.StepOutline;

/** One roadmap step's page: full text, checklist actions, skills and credentials, and its neighbours. */
record StepView(CareerHeader career, String key, int position, int stepCount, String title, List<String> paragraphs,
		List<Action> actions, List<Link> skills, List<Link> credentials, StepOutline previous, StepOutline next,
		List<String> stepKeys) {

	record Action(String key, String label) {
	}

	/** A link to a skill or credential on the skills page; the anchor is its key. */
	record Link(String key, String name) {
	}

}
