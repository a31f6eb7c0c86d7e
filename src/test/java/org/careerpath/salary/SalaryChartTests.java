package org.careerpath.salary;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

class SalaryChartTests {

	static final List<SalaryChart.Figures> BANDS = List.of(
			new SalaryChart.Figures("entry", "Entry", "$80,000 – $110,000", 80_000, 110_000, false),
			new SalaryChart.Figures("mid", "Mid", "$110,000 – $150,000", 110_000, 150_000, false),
			new SalaryChart.Figures("top", "Top", "$200,000 – $260,000+", 200_000, 260_000, true));

	final SalaryChart chart = SalaryChart.of(BANDS, value -> "$" + value / 1000 + "K");

	@Test
	void barsStartAndEndInProportionToTheFigures() {
		double span = this.chart.plotRight() - this.chart.plotLeft();
		double perDollar = span / 300_000; // the axis runs from $0 to $300,000 here
		for (int i = 0; i < BANDS.size(); i++) {
			SalaryChart.Figures figures = BANDS.get(i);
			SalaryChart.Bar bar = this.chart.bars().get(i);
			assertThat(bar.x()).isCloseTo(this.chart.plotLeft() + figures.min() * perDollar, within(0.01));
			assertThat(bar.width()).isCloseTo((figures.max() - figures.min()) * perDollar, within(0.02));
		}
		// equal dollar ranges are equally wide: entry and the top band both span $30,000 and $60,000 (2×)
		assertThat(this.chart.bars().get(2).width()).isCloseTo(2 * this.chart.bars().get(0).width(), within(0.05));
	}

	@Test
	void ticksAreEveryFiftyThousandDollarsFromZeroAndLabelled() {
		assertThat(this.chart.ticks()).extracting(SalaryChart.Tick::label)
			.containsExactly("$0K", "$50K", "$100K", "$150K", "$200K", "$250K", "$300K");
		assertThat(this.chart.ticks().get(0).x()).isEqualTo(this.chart.plotLeft());
		assertThat(this.chart.ticks().get(6).x()).isEqualTo(this.chart.plotRight());
	}

	@Test
	void theAxisScalesToEachGuidesFiguresInRoundSteps() {
		SalaryChart euros = SalaryChart.of(List.of(
				new SalaryChart.Figures("junior", "Junior", "€30,000 – €38,000", 30_000, 38_000, false),
				new SalaryChart.Figures("head", "Head", "€50,000 – €65,000+", 50_000, 65_000, true)),
				value -> value / 1000 + "K");
		assertThat(euros.ticks()).extracting(SalaryChart.Tick::label)
			.containsExactly("0K", "10K", "20K", "30K", "40K", "50K", "60K", "70K", "80K");
		assertThat(SalaryChart.tickStep(260_000)).isEqualTo(50_000);
		assertThat(SalaryChart.tickStep(30_000_000)).isEqualTo(5_000_000);
		assertThat(SalaryChart.tickStep(1)).isEqualTo(1);
	}

	@Test
	void aMarkedBarGetsItsMarkOnALineOfItsOwnSoAPhoneNeverCutsIt() {
		SalaryChart marked = SalaryChart.of(List.of(
				new SalaryChart.Figures("mid", "Mid", "$110,000 – $150,000", 110_000, 150_000, false,
						"Compared, first, your band"),
				new SalaryChart.Figures("top", "Top", "$200,000 – $260,000+", 200_000, 260_000, true)), String::valueOf);
		assertThat(marked.bars().get(0).label()).extracting(SalaryChart.Line::text, SalaryChart.Line::mark)
			.containsExactly(tuple("Mid", false), tuple("$110,000 – $150,000", false),
					tuple("Compared, first, your band", true));
		assertThat(marked.bars().get(1).label()).hasSize(2);
		assertThat(marked.bars().get(0).y()).as("the bar below its three lines")
			.isGreaterThan(marked.bars().get(0).label().get(2).y());
	}

	@Test
	void figuresOfZeroStillDrawAChart() {
		SalaryChart unpaid = SalaryChart.of(
				List.of(new SalaryChart.Figures("volunteer", "Volunteer", "£0 – £0", 0, 0, false)), String::valueOf);
		assertThat(unpaid.bars()).singleElement().satisfies(bar -> {
			assertThat(bar.x()).isEqualTo(unpaid.plotLeft());
			assertThat(bar.width()).isZero();
		});
		assertThat(unpaid.ticks()).extracting(SalaryChart.Tick::label).startsWith("0").hasSizeGreaterThan(1);
	}

	@Test
	void onlyTheOpenBandRunsOnToTheEndOfTheAxis() {
		assertThat(this.chart.bars()).extracting(SalaryChart.Bar::openEnded).containsExactly(false, false, true);
		SalaryChart.Bar top = this.chart.bars().get(2);
		assertThat(top.openEndX()).isEqualTo(this.chart.plotRight());
		assertThat(top.right()).isLessThan(top.openEndX());
	}

	@Test
	void barsAreStackedInOrderBelowTheirLabelsAboveTheAxis() {
		assertThat(this.chart.bars()).extracting(SalaryChart.Bar::y).isSorted();
		SalaryChart.Bar first = this.chart.bars().get(0);
		assertThat(first.label()).extracting(SalaryChart.Line::text).containsExactly("Entry", "$80,000 – $110,000");
		assertThat(first.label().get(1).y()).isLessThan(first.y());
		assertThat(this.chart.axisY()).isGreaterThan(this.chart.bars().get(2).y() + SalaryChart.BAR_HEIGHT);
	}

	@Test
	void longLevelNamesWrapToFitAPhone() {
		assertThat(SalaryChart.wrap("Executive Director of Clinical Services / Vice President of Clinical Services"))
			.containsExactly("Executive Director of Clinical Services /", "Vice President of Clinical Services")
			.allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(SalaryChart.WRAP));
	}

}
