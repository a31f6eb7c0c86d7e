package org.careerpath.salary;

import java.math.BigDecimal;
import java.util.Currency;

import org.careerpath.salary.SalaryComparison.Bound;
import org.careerpath.career.SalaryRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SalaryComparisonTests {

	static final Currency USD = Currency.getInstance("USD");

	static final SalaryRange ENTRY = new SalaryRange(80_000, 110_000, false, USD);

	static final SalaryRange MID = new SalaryRange(110_000, 150_000, false, USD);

	static final SalaryRange EXECUTIVE = new SalaryRange(200_000, 260_000, true, USD);

	@Test
	void differencesInAmountAndPercentOfTheFirstLevel() {
		SalaryComparison.Result result = SalaryComparison.compare(ENTRY, MID);
		assertThat(result.low().amount()).isEqualTo(30_000);
		assertThat(result.low().percent()).isEqualByComparingTo("37.5");
		assertThat(result.high().amount()).isEqualTo(40_000);
		assertThat(result.high().percent()).isEqualByComparingTo("36.4"); // 36.36… rounded half up
		assertThat(result.midpoint().amount()).isEqualTo(35_000); // 95,000 to 130,000
		assertThat(result.midpoint().percent()).isEqualByComparingTo("36.8");
		assertThat(result.high().bound()).isEqualTo(Bound.EXACT);
	}

	@Test
	void theOtherWayRoundIsLessByTheSameAmount() {
		SalaryComparison.Result result = SalaryComparison.compare(MID, ENTRY);
		assertThat(result.low().amount()).isEqualTo(-30_000);
		assertThat(result.low().isMore()).isFalse();
		assertThat(result.low().percent()).isEqualByComparingTo("-27.3");
	}

	@Test
	void theOpenTopBandMakesHighEndAndMidpointDifferencesLowerBounds() {
		SalaryComparison.Result up = SalaryComparison.compare(ENTRY, EXECUTIVE);
		assertThat(up.low().bound()).isEqualTo(Bound.EXACT);
		assertThat(up.low().amount()).isEqualTo(120_000);
		assertThat(up.high().bound()).isEqualTo(Bound.AT_LEAST);
		assertThat(up.high().amount()).isEqualTo(150_000);
		assertThat(up.high().percent()).isEqualByComparingTo("136.4");
		assertThat(up.midpoint().bound()).isEqualTo(Bound.AT_LEAST);
		assertThat(up.midpoint().amount()).isEqualTo(135_000); // 95,000 to at least 230,000

		SalaryComparison.Result down = SalaryComparison.compare(EXECUTIVE, ENTRY);
		assertThat(down.high().bound()).isEqualTo(Bound.AT_LEAST);
		assertThat(down.high().amount()).isEqualTo(-150_000);
	}

	@Test
	void anOpenFigureBelowTheOtherBoundsTheGapFromAbove() {
		SalaryRange openLow = new SalaryRange(50_000, 60_000, true, USD);
		SalaryRange closedHigh = new SalaryRange(100_000, 120_000, false, USD);
		assertThat(SalaryComparison.compare(openLow, closedHigh).high().bound()).isEqualTo(Bound.UP_TO);
	}

	@Test
	void perMonthAndPerHourRoundHalfUp() {
		assertThat(SalaryComparison.perMonth(80_000)).isEqualTo(6_667); // 6,666.67
		assertThat(SalaryComparison.perMonth(110_000)).isEqualTo(9_167); // 9,166.67
		assertThat(SalaryComparison.perHour(80_000, 2_080, 2)).isEqualByComparingTo(new BigDecimal("38.46"));
		assertThat(SalaryComparison.perHour(260_000, 2_080, 2)).isEqualByComparingTo(new BigDecimal("125.00"));
	}

	@Test
	void perHourUsesTheGuidesWorkingYearAndTheCurrencysMinorUnit() {
		assertThat(SalaryComparison.perHour(30_000, 1_720, 2)).isEqualByComparingTo(new BigDecimal("17.44")); // 17.4418…
		assertThat(SalaryComparison.perHour(4_000_000, 2_080, 0)).isEqualByComparingTo(new BigDecimal("1923")); // yen
	}

	@Test
	void aZeroFigureGivesTheDifferenceWithoutAPercentage() {
		SalaryRange unpaid = new SalaryRange(0, 0, false, USD);
		SalaryComparison.Result result = SalaryComparison.compare(unpaid, ENTRY);
		assertThat(result.low().amount()).isEqualTo(80_000);
		assertThat(result.low().percent()).as("nothing is a percentage of nothing").isNull();
		assertThat(result.low().percentMagnitude()).isNull();
		assertThat(result.midpoint().amount()).isEqualTo(95_000);
		assertThat(SalaryComparison.compare(ENTRY, unpaid).high().percent()).isEqualByComparingTo("-100");
		assertThat(SalaryComparison.perHour(0, 2_080, 2)).isEqualByComparingTo("0.00");
	}

}
