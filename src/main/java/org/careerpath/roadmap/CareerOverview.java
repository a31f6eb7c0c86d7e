package org.careerpath.roadmap;

import java.util.List;

import org.careerpath.career.CareerHeader;

/** The career overview page: what the role is, where it is done, and the career at a glance. */
record CareerOverview(CareerHeader career, String guideTitle, List<String> introduction, List<String> roleDescription,
		List<String> workEnvironment, List<String> conclusion, AtAGlance atAGlance) {

	record AtAGlance(long stepCount, long skillCount, String salarySpan, int bandCount, List<String> ladder) {

		public String firstRung() {
			return this.ladder.isEmpty() ? "" : this.ladder.get(0);
		}

		public String lastRung() {
			return this.ladder.isEmpty() ? "" : this.ladder.get(this.ladder.size() - 1);
		}

	}

}
