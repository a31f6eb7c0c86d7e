package org.careerpath.career;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyFormatTests {

	static final Currency USD = Currency.getInstance("USD");

	static final Currency EUR = Currency.getInstance("EUR");

	static final Currency JPY = Currency.getInstance("JPY");

	@Test
	void alwaysTheGuidesCurrencyInTheReadersFormat() {
		assertThat(MoneyFormat.whole(80_000, USD, Locale.US)).isEqualTo("$80,000");
		assertThat(MoneyFormat.whole(80_000, USD, Locale.UK)).isEqualTo("US$80,000");
		assertThat(MoneyFormat.whole(80_000, USD, Locale.GERMANY)).contains("80.000").contains("$");
		assertThat(MoneyFormat.fraction(new BigDecimal("38.46"), USD, Locale.US)).isEqualTo("$38.46");
		assertThat(MoneyFormat.whole(30_000, EUR, Locale.US)).isEqualTo("€30,000");
		assertThat(MoneyFormat.whole(30_000, EUR, Locale.GERMANY)).isEqualTo("30.000\u00a0€");
	}

	@Test
	void hourlyFiguresHaveTheCurrencysMinorUnit() {
		assertThat(MoneyFormat.fraction(new BigDecimal("17.44"), EUR, Locale.UK)).isEqualTo("€17.44");
		assertThat(MoneyFormat.fractionDigits(JPY)).isZero();
		assertThat(MoneyFormat.fraction(new BigDecimal("1923"), JPY, Locale.JAPAN)).isEqualTo("￥1,923");
	}

	@Test
	void compactAxisLabelsKeepTheirNumberInEveryScript() {
		assertThat(MoneyFormat.compact(50_000, USD, Locale.US)).isEqualTo("$50K");
		assertThat(MoneyFormat.compact(0, USD, Locale.US)).isEqualTo("$0");
		assertThat(MoneyFormat.compact(20_000, EUR, Locale.US)).isEqualTo("€20K");
		String arabic = MoneyFormat.compact(50_000, USD, Locale.forLanguageTag("ar-EG"));
		assertThat(arabic).isNotEqualTo(MoneyFormat.compact(0, USD, Locale.forLanguageTag("ar-EG")));
		assertThat(MoneyFormat.compact(100_000, USD, Locale.forLanguageTag("fa-IR")))
			.isNotEqualTo(MoneyFormat.compact(0, USD, Locale.forLanguageTag("fa-IR")));
	}

}
