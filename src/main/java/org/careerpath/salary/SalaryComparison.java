package org.careerpath.salary;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.careerpath.career.SalaryRange;

/**
 * The arithmetic of comparing two salary bands, in whole units of the guide's currency. Rounding is half up
 * throughout: annual and monthly figures to the whole unit, hourly figures to the currency's minor unit (the cent),
 * percentages to one decimal place. An open-ended band ("$260,000+")
 * has only a lower bound for its high end and midpoint, so a difference that involves them is a bound too: "at least"
 * (or "up to") that much.
 */
public final class SalaryComparison {

	/** Annual pay ÷ 12. */
	static final int MONTHS = 12;

	private SalaryComparison() {
	}

	/** How sure a difference is: exact, or a bound because one figure is open-ended. */
	public enum Bound {

		EXACT, AT_LEAST, UP_TO

	}

	/**
	 * {@code to} minus {@code from}, as an amount and as a percentage of {@code from}; no percentage (null) when
	 * {@code from} is 0, since nothing is a percentage of nothing.
	 */
	public record Difference(long amount, BigDecimal percent, Bound bound) {

		boolean isMore() {
			return this.amount > 0;
		}

		boolean isSame() {
			return this.amount == 0 && this.bound == Bound.EXACT;
		}

		long magnitude() {
			return Math.abs(this.amount);
		}

		BigDecimal percentMagnitude() {
			return (this.percent != null) ? this.percent.abs() : null;
		}

	}

	public record Result(Difference low, Difference high, Difference midpoint) {
	}

	public static Result compare(SalaryRange from, SalaryRange to) {
		return new Result(difference(from.min(), to.min(), Bound.EXACT),
				difference(from.max(), to.max(), bound(from, to, from.max(), to.max())),
				difference(from.midpoint(), to.midpoint(), bound(from, to, from.midpoint(), to.midpoint())));
	}

	public static long perMonth(long annual) {
		return BigDecimal.valueOf(annual).divide(BigDecimal.valueOf(MONTHS), 0, RoundingMode.HALF_UP).longValueExact();
	}

	/** Annual pay ÷ the guide's working hours a year (2,080 is 40 hours a week for 52 weeks), to the minor unit. */
	public static BigDecimal perHour(long annual, int workingHours, int fractionDigits) {
		return BigDecimal.valueOf(annual)
			.divide(BigDecimal.valueOf(workingHours), fractionDigits, RoundingMode.HALF_UP);
	}

	private static Difference difference(long from, long to, Bound bound) {
		long amount = to - from;
		BigDecimal percent = (from == 0) ? null
				: BigDecimal.valueOf(amount * 100L).divide(BigDecimal.valueOf(from), 1, RoundingMode.HALF_UP);
		return new Difference(amount, percent, bound);
	}

	/**
	 * An open-ended figure is really "this or more". If it is the larger of the two, the gap is at least what the
	 * figures say; if it is the smaller one, the gap is at most that.
	 */
	private static Bound bound(SalaryRange from, SalaryRange to, long fromFigure, long toFigure) {
		if (from.openEnded() == to.openEnded()) {
			return from.openEnded() ? Bound.UP_TO : Bound.EXACT;
		}
		long open = to.openEnded() ? toFigure : fromFigure;
		long closed = to.openEnded() ? fromFigure : toFigure;
		return (open >= closed) ? Bound.AT_LEAST : Bound.UP_TO;
	}

}
