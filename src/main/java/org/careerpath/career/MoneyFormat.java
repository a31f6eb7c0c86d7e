package org.careerpath.career;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * How every page writes a guide's money: in the reader's locale, but always in the guide's own currency (a guide in
 * euros shows euros to a reader in the United States), so the overview and the salary pages agree.
 */
public final class MoneyFormat {

	private MoneyFormat() {
	}

	/** A whole amount: "$80,000", "80.000 €". */
	public static String whole(long amount, Currency currency, Locale locale) {
		return format(currency, locale, 0).format(amount);
	}

	/** An amount with the currency's minor units (cents; none for yen): "$38.46". */
	public static String fraction(BigDecimal amount, Currency currency, Locale locale) {
		return format(currency, locale, fractionDigits(currency)).format(amount);
	}

	/** The decimal places of the currency's minor unit: 2 for dollars and euros, 0 for yen. */
	public static int fractionDigits(Currency currency) {
		return Math.max(currency.getDefaultFractionDigits(), 0);
	}

	private static NumberFormat format(Currency currency, Locale locale, int fractionDigits) {
		NumberFormat format = NumberFormat.getCurrencyInstance(locale);
		format.setCurrency(currency);
		format.setMinimumFractionDigits(fractionDigits);
		format.setMaximumFractionDigits(fractionDigits);
		return format;
	}

	/** "$80,000 – $110,000", or "$200,000 – $260,000+" for an open-ended band, as the guide writes it. */
	public static String range(SalaryRange range, Locale locale) {
		return whole(range.min(), range.currency(), locale) + " – " + whole(range.max(), range.currency(), locale)
				+ (range.openEnded() ? "+" : "");
	}

	/** A short axis label in the locale's compact form, with the currency sign where the locale puts it: "$50K". */
	public static String compact(long amount, Currency currency, Locale locale) {
		String zero = whole(0, currency, locale);
		if (amount == 0) {
			return zero;
		}
		char zeroDigit = DecimalFormatSymbols.getInstance(locale).getZeroDigit();
		String number = NumberFormat.getCompactNumberInstance(locale, NumberFormat.Style.SHORT).format(amount);
		return zero.replace(String.valueOf(zeroDigit), number);
	}

}
