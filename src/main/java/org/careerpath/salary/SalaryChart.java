package org.careerpath.salary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * The salary chart as the template draws it: one horizontal bar per band on a shared axis from 0, with labelled
 * ticks at a round step chosen for the guide's figures (50,000 for the first guide's dollars, 20,000 for smaller
 * salaries), so any currency and any number of bands fit. Across, everything is a percentage of the chart's width, so the chart fills whatever width it has
 * while its text keeps the page's size; down, everything is in pixels.
 */
record SalaryChart(int width, int height, double plotLeft, double plotRight, double axisY, List<Tick> ticks,
		List<Bar> bars) {

	/** The whole width, in percent. */
	static final int WIDTH = 100;

	static final double LEFT = 1;

	static final double RIGHT = 96;

	static final double TOP = 6;

	/** Height of one line of label text. */
	static final double LINE = 19;

	/** A level's name wraps at about this many characters, so long names fit a phone's width (text does not scale). */
	static final int WRAP = 44;

	static final double BAR_HEIGHT = 14;

	/** Between this many and twice as many steps along the axis. */
	static final int MIN_STEPS = 4;

	record Tick(double x, String label) {
	}

	/** One line of a bar's label; the range line is set in bold, and a mark ("compared, first") has its own line. */
	record Line(double y, String text, boolean range, boolean mark) {
	}

	/**
	 * A band's bar from its low to its high figure. An open-ended bar has no closing edge: {@code openEndX} is where
	 * its dashed continuation ends, at the axis's end.
	 */
	record Bar(String key, List<Line> label, double y, double x, double width, boolean openEnded, double openEndX) {

		public double right() {
			return round(this.x + this.width);
		}

		public double middleY() {
			return round(this.y + BAR_HEIGHT / 2);
		}

		/** Highlighted: a form's answer names this band (its label has a mark line). */
		public boolean marked() {
			return this.label.stream().anyMatch(Line::mark);
		}

	}

	/** The figures to draw: one per band, in order; {@code mark} says why a bar is highlighted, or is null. */
	record Figures(String key, String level, String range, long min, long max, boolean openEnded, String mark) {

		Figures(String key, String level, String range, long min, long max, boolean openEnded) {
			this(key, level, range, min, max, openEnded, null);
		}

	}

	static SalaryChart of(List<Figures> bands, LongFunction<String> tickLabel) {
		long highest = Math.max(1, bands.stream().mapToLong(Figures::max).max().orElse(1));
		long step = tickStep(highest);
		// Room past the highest figure, so an open end has somewhere to go.
		long axisMax = ((highest + highest / 10) / step + 1) * step;
		List<Bar> bars = new ArrayList<>();
		double y = TOP;
		for (Figures band : bands) {
			List<Line> label = new ArrayList<>();
			for (String line : wrap(band.level())) {
				y += LINE;
				label.add(new Line(round(y), line, false, false));
			}
			y += LINE;
			label.add(new Line(round(y), band.range(), true, false));
			if (band.mark() != null) {
				// Its own line: beside the range it would run off a phone's narrow chart.
				y += LINE;
				label.add(new Line(round(y), band.mark(), false, true));
			}
			double barY = y + 6;
			double x = position(band.min(), axisMax);
			double right = position(band.max(), axisMax);
			bars.add(new Bar(band.key(), label, round(barY), x, round(right - x), band.openEnded(), RIGHT));
			y = barY + BAR_HEIGHT + 10;
		}
		double axisY = round(y);
		List<Tick> ticks = new ArrayList<>();
		for (long value = 0; value <= axisMax; value += step) {
			ticks.add(new Tick(position(value, axisMax), tickLabel.apply(value)));
		}
		return new SalaryChart(WIDTH, (int) Math.ceil(axisY + 26), LEFT, RIGHT, axisY, ticks, bars);
	}

	/** The round step (1, 2 or 5 times a power of ten) that cuts 0 to the highest figure into 4 to 8 parts. */
	static long tickStep(long highest) {
		long step = 1;
		while (true) {
			for (long multiple : new long[] { 1, 2, 5 }) {
				if (highest / (step * multiple) < 2L * MIN_STEPS) {
					return step * multiple;
				}
			}
			step *= 10;
		}
	}

	/** Splits a long name at spaces into lines of at most {@link #WRAP} characters. */
	static List<String> wrap(String text) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" ")) {
			if (line.length() > 0 && line.length() + 1 + word.length() > WRAP) {
				lines.add(line.toString());
				line.setLength(0);
			}
			if (line.length() > 0) {
				line.append(' ');
			}
			line.append(word);
		}
		lines.add(line.toString());
		return lines;
	}

	/** Where a figure falls on the axis: proportional, from LEFT (0) to RIGHT (axisMax). */
	static double position(long amount, long axisMax) {
		return round(LEFT + (RIGHT - LEFT) * amount / axisMax);
	}

	private static double round(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
	}

}
