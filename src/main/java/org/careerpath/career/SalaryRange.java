package org.careerpath.career;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * A range of annual salaries in whole US dollars. An open-ended range has no upper limit: {@code max} is the figure
 * the guide writes before its "+", and the label keeps that "+".
 */
public record SalaryRange(int min, int max, boolean openEnded) {

	public static SalaryRange of(SalaryBand band) {
		return new SalaryRange(band.getMedianMin(), band.getMedianMax(), band.isOpenEnded());
	}

	/** The guide's own notation, e.g. "$80,000 – $110,000" or "$200,000 – $260,000+". */
	public String label() {
		return dollars(this.min) + " – " + dollars(this.max) + (this.openEnded ? "+" : "");
	}

	public static String dollars(long amount) {
		NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
		format.setMaximumFractionDigits(0);
		return format.format(amount);
	}

}
