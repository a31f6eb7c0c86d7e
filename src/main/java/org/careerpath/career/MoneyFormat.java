package org.careerpath.career;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * How every page writes the guide's money: in the reader's locale, but always in the guide's currency (US dollars),
 * so the overview and the salary pages agree.
 */
public final class MoneyFormat {

	private static final Currency USD = Currency.getInstance("USD");

	private MoneyFormat() {
	}

	public static String whole(long dollars, Locale locale) {
		return dollars(locale, 0).format(dollars);
	}

	public static String cents(BigDecimal dollars, Locale locale) {
		return dollars(locale, 2).format(dollars);
	}

	/** US dollars in the reader's locale, with exactly this many decimal places. */
	private static NumberFormat dollars(Locale locale, int fractionDigits) {
		NumberFormat format = NumberFormat.getCurrencyInstance(locale);
		format.setCurrency(USD);
		format.setMinimumFractionDigits(fractionDigits);
		format.setMaximumFractionDigits(fractionDigits);
		return format;
	}

	/** "$80,000 – $110,000", or "$200,000 – $260,000+" for an open-ended band, as the guide writes it. */
	public static String range(SalaryRange range, Locale locale) {
		return whole(range.min(), locale) + " – " + whole(range.max(), locale) + (range.openEnded() ? "+" : "");
	}

	/** A short axis label in the locale's compact form, with the dollar sign where the locale puts it: "$50K". */
	public static String compact(long dollars, Locale locale) {
		String zero = whole(0, locale);
		if (dollars == 0) {
			return zero;
		}
		char zeroDigit = DecimalFormatSymbols.getInstance(locale).getZeroDigit();
		String number = NumberFormat.getCompactNumberInstance(locale, NumberFormat.Style.SHORT).format(dollars);
		return zero.replace(String.valueOf(zeroDigit), number);
	}

}
