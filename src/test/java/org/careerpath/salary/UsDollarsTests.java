package org.careerpath.salary;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UsDollarsTests {

	@Test
	void alwaysUsDollarsInTheReadersFormat() {
		assertThat(UsDollars.whole(80_000, Locale.US)).isEqualTo("$80,000");
		assertThat(UsDollars.whole(80_000, Locale.UK)).isEqualTo("US$80,000");
		assertThat(UsDollars.whole(80_000, Locale.GERMANY)).contains("80.000").contains("$");
		assertThat(UsDollars.cents(new BigDecimal("38.46"), Locale.US)).isEqualTo("$38.46");
	}

	@Test
	void compactAxisLabelsKeepTheirNumberInEveryScript() {
		assertThat(UsDollars.compact(50_000, Locale.US)).isEqualTo("$50K");
		assertThat(UsDollars.compact(0, Locale.US)).isEqualTo("$0");
		String arabic = UsDollars.compact(50_000, Locale.forLanguageTag("ar-EG"));
		assertThat(arabic).isNotEqualTo(UsDollars.compact(0, Locale.forLanguageTag("ar-EG")));
		assertThat(UsDollars.compact(100_000, Locale.forLanguageTag("fa-IR")))
			.isNotEqualTo(UsDollars.compact(0, Locale.forLanguageTag("fa-IR")));
	}

}
