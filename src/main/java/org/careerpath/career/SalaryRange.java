package org.careerpath.career;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

/**
 * A range of annual salaries in whole units of the guide's currency. An open-ended range has no upper limit:
 * {@code max} is the figure the guide writes before its "+".
 */
public record SalaryRange(long min, long max, boolean openEnded) {

	public static SalaryRange of(SalaryBand band) {
		return new SalaryRange(band.getMedianMin(), band.getMedianMax(), band.isOpenEnded());
	}

	/** From the lowest band's low end to the highest band's high end (open if that band is). */
	public static SalaryRange span(List<SalaryBand> bands) {
		SalaryBand top = bands.stream().max(Comparator.comparingInt(SalaryBand::getMedianMax)).orElseThrow();
		int min = bands.stream().mapToInt(SalaryBand::getMedianMin).min().orElseThrow();
		return new SalaryRange(min, top.getMedianMax(), top.isOpenEnded());
	}

	/** Half-way between the ends, rounded half up to the whole unit. */
	public long midpoint() {
		return BigDecimal.valueOf(this.min + this.max).divide(BigDecimal.valueOf(2), 0, RoundingMode.HALF_UP).longValueExact();
	}

}
