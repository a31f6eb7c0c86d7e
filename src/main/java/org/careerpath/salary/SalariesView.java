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

		/** The comparison's rows of dollar figures, in order; per month and per hour have no difference. */
		public List<Row> figures() {
			return List.of(new Row("low", this.from.low(), this.to.low(), this.low),
					new Row("high", this.from.high(), this.to.high(), this.high),
					new Row("midpoint", this.from.midpoint(), this.to.midpoint(), this.midpoint),
					new Row("monthly", this.from.monthly(), this.to.monthly(), null),
					new Row("hourly", this.from.hourly(), this.to.hourly(), null));
		}

	}

	/** One row: the measure's message key suffix, both levels' figures and, where it applies, the difference. */
	record Row(String measure, String from, String to, Change change) {
	}

	/** Where the years typed fall; {@code below} when fewer than the lowest band's first year. */
	record Placement(int years, Band band, boolean below) {
	}

}
