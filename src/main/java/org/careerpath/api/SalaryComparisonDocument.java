package org.careerpath.api;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Two of a career's salary bands compared, the same figures as the salaries page: whole units of the currency,
 * rounded half up (hourly to the cent), percentages to one decimal place.
 *
 * @param difference {@code to} minus {@code from}: at the low end, the high end and the midpoint
 */
record SalaryComparisonDocument(String career, String currency, int workingHoursPerYear, ComparedBand from,
		ComparedBand to, List<BandDifference> difference) {

	/**
	 * One band's figures. For an open-ended band the high end and the midpoint are "or more".
	 *
	 * @param monthlyMin a year's low end ÷ 12
	 * @param hourlyMin a year's low end ÷ the working hours of a year
	 */
	record ComparedBand(String key, String level, long annualMin, long annualMax, boolean openEnded,
			long annualMidpoint, long monthlyMin, long monthlyMax, BigDecimal hourlyMin, BigDecimal hourlyMax) {
	}

	/** One difference between the two bands; its size is a bound when an open-ended figure is involved. */
	record BandDifference(@Schema(allowableValues = { "LOW", "HIGH", "MIDPOINT" }) String measure,
			@Schema(description = "to minus from, per year: negative when to is less") long amount,
			@Schema(description = "the amount as a percentage of from's figure, one decimal place; "
					+ "null when that figure is 0") BigDecimal percent,
			@Schema(allowableValues = { "EXACT", "AT_LEAST", "UP_TO" },
					description = "EXACT; or, when an open-ended band makes the difference a bound, AT_LEAST (the "
							+ "difference is at least the amount's size, in its direction) or UP_TO (at most that)")
			String bound) {
	}

}
