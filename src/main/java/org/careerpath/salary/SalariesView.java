package org.careerpath.salary;

import java.util.List;

import org.careerpath.career.CareerHeader;
import org.careerpath.career.ExperienceNotes;
import org.springframework.context.MessageSourceResolvable;

/**
 * The salaries page: the guide's bands, the chart, and the answers to the compare and placement forms, with the
 * guide's money (its currency and working year) and its own words on counting years.
 */
record SalariesView(CareerHeader career, Money money, ExperienceNotes experience, List<Band> bands, SalaryChart chart,
		SalaryQuery query, Comparison comparison, Placement placement, List<MessageSourceResolvable> compareErrors,
		List<MessageSourceResolvable> yearsErrors, List<Integer> meetingYears, List<String> levelsWithoutYears) {

	boolean hasErrors() {
		return !this.compareErrors.isEmpty() || !this.yearsErrors.isEmpty();
	}

	/** "Where would I be?" needs at least one band with years of experience. */
	public boolean offersPlacement() {
		return this.bands.stream().anyMatch(Band::placeable);
	}

	/** Comparing needs two levels. */
	public boolean offersComparison() {
		return this.bands.size() > 1;
	}

	/** The open-ended band's range as the guide writes it ("$260,000+"), or null when no band is open. */
	public String openRange() {
		return this.bands.stream().filter(Band::openEnded).map(Band::range).findFirst().orElse(null);
	}

	/**
	 * The guide's currency as the page names it, and its working year: hours a year and the weekly hours they make
	 * over 52 weeks, both as the reader's locale writes numbers.
	 */
	record Money(String currencyName, String currencyCode, String axisFrom, String axisTo, String hoursPerYear,
			String hoursPerWeek) {
	}

	/** {@code placeable}: the guide gives this band years, so "Where would I be?" can place someone in it. */
	record Band(String key, String level, String range, boolean openEnded, String experience, String description,
			boolean placeable) {
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
