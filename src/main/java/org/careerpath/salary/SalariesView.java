package org.careerpath.salary;

import java.util.List;

import org.careerpath.career.CareerHeader;
import org.springframework.context.MessageSourceResolvable;

/** The salaries page: the guide's bands, the chart, and the answers to the compare and placement forms. */
record SalariesView(CareerHeader career, List<Band> bands, SalaryChart chart, SalaryQuery query, Comparison comparison,
		Placement placement, List<MessageSourceResolvable> compareErrors, List<MessageSourceResolvable> yearsErrors,
		List<Integer> meetingYears) {

	boolean hasErrors() {
		return !this.compareErrors.isEmpty() || !this.yearsErrors.isEmpty();
	}

	record Band(String key, String level, String range, boolean openEnded, String experience, String description) {
	}

	/** One band's figures as the comparison shows them. */
	record Side(Band band, String low, String high, String midpoint, String monthly, String hourly) {
	}

	/** A difference as the page says it: amount and percentage, more or less, and whether it is a bound. */
	record Change(String amount, String percent, String direction, String bound) {
	}

	record Comparison(Side from, Side to, Change low, Change high, Change midpoint) {
	}

	/** Where the years typed fall; {@code below} when fewer than the lowest band's first year. */
	record Placement(int years, Band band, boolean below) {
	}

}
