package org.careerpath.salary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The salary chart as the template draws it: one horizontal bar per band on a shared dollar axis from $0, with
 * labelled ticks. All coordinates are in the SVG's own units (its viewBox), so the chart scales to any width.
 */
record SalaryChart(int width, int height, double plotLeft, double plotRight, double axisY, List<Tick> ticks,
		List<Bar> bars) {

	static final int WIDTH = 400;

	static final double LEFT = 12;

	static final double RIGHT = 388;

	static final double TOP = 8;

	static final double ROW = 46;

	static final double BAR_HEIGHT = 14;

	static final long TICK_STEP = 50_000;

	record Tick(double x, String label) {
	}

	/**
	 * A band's bar from its low to its high figure. An open-ended bar has no closing edge: {@code openEndX} is where
	 * its dashed continuation ends, at the axis's end.
	 */
	record Bar(String key, String level, String range, double labelY, double y, double x, double width,
			boolean openEnded, double openEndX) {

		public double right() {
			return round(this.x + this.width);
		}

		public double middleY() {
			return round(this.y + BAR_HEIGHT / 2);
		}

	}

	/** The figures to draw: one per band, in order. */
	record Figures(String key, String level, String range, long min, long max, boolean openEnded) {
	}

	static SalaryChart of(List<Figures> bands, java.util.function.LongFunction<String> tickLabel) {
		long highest = bands.stream().mapToLong(Figures::max).max().orElse(TICK_STEP);
		// Room past the highest figure, so an open end has somewhere to go.
		long axisMax = ((highest + highest / 10) / TICK_STEP + 1) * TICK_STEP;
		List<Bar> bars = new ArrayList<>();
		double y = TOP;
		for (Figures band : bands) {
			double x = position(band.min(), axisMax);
			double right = position(band.max(), axisMax);
			bars.add(new Bar(band.key(), band.level(), band.range(), round(y + 12), round(y + 18), x, round(right - x),
					band.openEnded(), RIGHT));
			y += ROW;
		}
		double axisY = round(y + 8);
		List<Tick> ticks = new ArrayList<>();
		for (long value = 0; value <= axisMax; value += TICK_STEP) {
			ticks.add(new Tick(position(value, axisMax), tickLabel.apply(value)));
		}
		return new SalaryChart(WIDTH, (int) Math.ceil(axisY + 26), LEFT, RIGHT, axisY, ticks, bars);
	}

	/** Where a dollar figure falls on the axis: proportional, from LEFT ($0) to RIGHT (axisMax). */
	static double position(long dollars, long axisMax) {
		return round(LEFT + (RIGHT - LEFT) * dollars / axisMax);
	}

	private static double round(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
	}

}
