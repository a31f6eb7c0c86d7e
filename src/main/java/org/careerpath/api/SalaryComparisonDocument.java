package org.careerpath.api;

import java.math.BigDecimal;
import java.util.List;

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

	/**
	 * @param measure LOW, HIGH or MIDPOINT
	 * @param amount to minus from, per year (negative: less)
	 * @param percent the amount as a percentage of from's figure; null when that figure is 0
	 * @param bound EXACT, or AT_LEAST / UP_TO when an open-ended figure makes the difference a bound
	 */
	record BandDifference(String measure, long amount, BigDecimal percent, String bound) {
	}

}
