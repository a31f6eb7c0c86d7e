package org.careerpath.advisor;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.careerpath.career.CareerHeader;

/** The skills self-assessment: each skill with the rating chosen now, and its ratings over time. */
record AssessmentPage(CareerHeader career, List<Skill> skills, Map<String, String> chosen, List<String> unknown,
		boolean invalid) {

	/** A point of a skill's history: the date of an assessment and the rating then. */
	record Point(LocalDate date, int rating) {
	}

	/** {@code sparkline}: SVG polyline points for the history, x across 0 to 100, y 2 (rated 5) to 18 (rated 1). */
	record Skill(String key, String name, Integer current, List<Point> history, String sparkline) {

		public Point first() {
			return this.history.isEmpty() ? null : this.history.get(0);
		}

		public boolean grew() {
			return this.history.size() > 1;
		}

	}

	public String chosen(String skill) {
		return this.chosen.get(skill);
	}

}
