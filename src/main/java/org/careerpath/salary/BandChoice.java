package org.careerpath.salary;

import java.util.List;
import java.util.Optional;

import org.careerpath.career.SalaryBand;

/**
 * Which two of a guide's salary bands a comparison asks for, by their keys, or why it cannot be made: one rule for the
 * salaries page and the JSON API.
 *
 * @param from the first band, or null when refused
 * @param to the band compared with it, or null when refused
 * @param refusal why no comparison can be made, or null when it can
 * @param field the parameter at fault ("compare" or "with"), or null
 */
public record BandChoice(SalaryBand from, SalaryBand to, Refusal refusal, String field) {

	public enum Refusal {

		/** A level is not given. */
		MISSING,
		/** A level is not one of the guide's. */
		UNKNOWN,
		/** The same level twice. */
		SAME

	}

	public static BandChoice of(List<SalaryBand> bands, String compare, String with) {
		if (SalaryQuery.blank(compare) || SalaryQuery.blank(with)) {
			return refused(Refusal.MISSING, SalaryQuery.blank(compare) ? "compare" : "with");
		}
		Optional<SalaryBand> from = find(bands, compare);
		Optional<SalaryBand> to = find(bands, with);
		if (from.isEmpty() || to.isEmpty()) {
			return refused(Refusal.UNKNOWN, from.isEmpty() ? "compare" : "with");
		}
		if (from.get() == to.get()) {
			return refused(Refusal.SAME, "with");
		}
		return new BandChoice(from.get(), to.get(), null, null);
	}

	public boolean isMade() {
		return this.refusal == null;
	}

	private static BandChoice refused(Refusal refusal, String field) {
		return new BandChoice(null, null, refusal, field);
	}

	private static Optional<SalaryBand> find(List<SalaryBand> bands, String key) {
		return bands.stream().filter(band -> band.getKey().equals(key)).findFirst();
	}

}
