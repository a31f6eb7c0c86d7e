package org.careerpath.roadmap;

import java.util.List;

import org.careerpath.career.CareerHeader;

/** The responsibilities page: the guide's introduction and each area with its duties. */
record ResponsibilitiesView(CareerHeader career, List<String> introduction, List<Area> areas) {

	record Area(String key, String title, List<String> duties) {
	}

}
