package org.careerpath.career;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;

/**
 * A range of annual salaries in whole units of a currency (the guide's). An open-ended range has no upper limit:
 * {@code max} is the figure the guide writes before its "+".
 */
public record SalaryRange(long min, long max, boolean openEnded, Currency currency) {

	public static SalaryRange of(SalaryBand band, Currency currency) {
		return new SalaryRange(band.getMedianMin(), band.getMedianMax(), band.isOpenEnded(), currency);
	}

	/** From the lowest band's low end to the highest band's high end (open if that band is). */
	public static SalaryRange span(List<SalaryBand> bands, Currency currency) {
		SalaryBand top = bands.stream().max(Comparator.comparingInt(SalaryBand::getMedianMax)).orElseThrow();
		int min = bands.stream().mapToInt(SalaryBand::getMedianMin).min().orElseThrow();
		return new SalaryRange(min, top.getMedianMax(), top.isOpenEnded(), currency);
	}

	/** Half-way between the ends, rounded half up to the whole unit. */
	public long midpoint() {
		return BigDecimal.valueOf(this.min + this.max).divide(BigDecimal.valueOf(2), 0, RoundingMode.HALF_UP).longValueExact();
	}

}
