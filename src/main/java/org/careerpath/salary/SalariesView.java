package org.careerpath.salary;

import java.util.List;

import org.careerpath.career.CareerHeader;

/** The salaries page: the guide's bands by level. */
record SalariesView(CareerHeader career, List<Band> bands) {

	record Band(String key, String level, String range, boolean openEnded, String experience, String description) {
	}

}
