package org.careerpath.salary;

import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

import org.careerpath.career.MoneyFormat;
import org.careerpath.career.SalaryBand;
import org.careerpath.career.SalaryRange;

/** One career's money in one reader's locale: the guide's currency and working year, the reader's numbers. */
record Money(Currency currency, int workingHours, Locale locale) {

	SalaryRange rangeOf(SalaryBand band) {
		return SalaryRange.of(band, this.currency);
	}

	String range(SalaryBand band) {
		return MoneyFormat.range(rangeOf(band), this.locale);
	}

	String whole(long amount) {
		return MoneyFormat.whole(amount, this.currency, this.locale);
	}

	String compact(long amount) {
		return MoneyFormat.compact(amount, this.currency, this.locale);
	}

	String hourly(long annual) {
		return MoneyFormat.fraction(SalaryComparison.perHour(annual, this.workingHours,
				MoneyFormat.fractionDigits(this.currency)), this.currency, this.locale);
	}

	SalariesView.Money view(SalaryChart chart) {
		NumberFormat numbers = NumberFormat.getNumberInstance(this.locale);
		numbers.setMaximumFractionDigits(1);
		String axisTo = chart.ticks().isEmpty() ? compact(0) : chart.ticks().get(chart.ticks().size() - 1).label();
		return new SalariesView.Money(this.currency.getDisplayName(this.locale), this.currency.getCurrencyCode(),
				compact(0), axisTo, numbers.format(this.workingHours),
				numbers.format(this.workingHours / 52.0));
	}

}
