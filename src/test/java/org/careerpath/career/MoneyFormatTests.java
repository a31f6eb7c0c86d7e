package org.careerpath.career;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyFormatTests {

	@Test
	void alwaysUsDollarsInTheReadersFormat() {
		assertThat(MoneyFormat.whole(80_000, Locale.US)).isEqualTo("$80,000");
		assertThat(MoneyFormat.whole(80_000, Locale.UK)).isEqualTo("US$80,000");
		assertThat(MoneyFormat.whole(80_000, Locale.GERMANY)).contains("80.000").contains("$");
		assertThat(MoneyFormat.cents(new BigDecimal("38.46"), Locale.US)).isEqualTo("$38.46");
	}

	@Test
	void compactAxisLabelsKeepTheirNumberInEveryScript() {
		assertThat(MoneyFormat.compact(50_000, Locale.US)).isEqualTo("$50K");
		assertThat(MoneyFormat.compact(0, Locale.US)).isEqualTo("$0");
		String arabic = MoneyFormat.compact(50_000, Locale.forLanguageTag("ar-EG"));
		assertThat(arabic).isNotEqualTo(MoneyFormat.compact(0, Locale.forLanguageTag("ar-EG")));
		assertThat(MoneyFormat.compact(100_000, Locale.forLanguageTag("fa-IR")))
			.isNotEqualTo(MoneyFormat.compact(0, Locale.forLanguageTag("fa-IR")));
	}

}
