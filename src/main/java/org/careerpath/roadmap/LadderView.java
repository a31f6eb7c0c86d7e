package org.careerpath.roadmap;

import java.util.List;

import org.careerpath.career.CareerHeader;

/** The career ladder page: the rungs in order, each with its tips. */
record LadderView(CareerHeader career, List<Rung> rungs) {

	record Rung(String key, int position, String stage, String title, List<String> paragraphs, String tipsIntro,
			List<Tip> tips) {
	}

	record Tip(String title, String text) {
	}

}
