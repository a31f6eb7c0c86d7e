package org.careerpath.roadmap;

import java.util.List;

import org.careerpath.career.CareerHeader;

/** The FAQ page. */
record FaqView(CareerHeader career, List<Entry> entries) {

	record Entry(String key, String question, List<String> answer) {
	}

}
