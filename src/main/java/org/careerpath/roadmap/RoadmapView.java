package org.careerpath.roadmap;

import java.util.List;

import org.careerpath.career.CareerHeader;

/** The roadmap page: every step in order, with its summary on screen and its full text in print. */
record RoadmapView(CareerHeader career, List<Step> steps) {

	List<String> stepKeys() {
		return this.steps.stream().map(Step::key).toList();
	}

	record Step(String key, int position, String title, String summary, List<String> paragraphs,
			List<String> actions) {
	}

}
