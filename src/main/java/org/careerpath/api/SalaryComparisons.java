package org.careerpath.api;

import java.util.List;

import org.careerpath.api.SalaryComparisonDocument.BandDifference;
import org.careerpath.api.SalaryComparisonDocument.ComparedBand;
import org.careerpath.career.Career;
import org.careerpath.career.CareerRepository;
import org.careerpath.career.ContentNotFoundException;
import org.careerpath.career.MoneyFormat;
import org.careerpath.career.SalaryBand;
import org.careerpath.career.SalaryBandRepository;
import org.careerpath.career.SalaryRange;
import org.careerpath.salary.BandChoice;
import org.careerpath.salary.SalaryComparison;
import org.careerpath.system.Problems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Two salary bands compared with the salaries page's own arithmetic ({@link SalaryComparison}). */
@Service
@Transactional(readOnly = true)
class SalaryComparisons {

	private final CareerRepository careers;

	private final SalaryBandRepository bands;

	SalaryComparisons(CareerRepository careers, SalaryBandRepository bands) {
		this.careers = careers;
		this.bands = bands;
	}

	/**
	 * 2 queries. A level the guide does not have is a bad value of its parameter, as is the same level twice (the
	 * page's rule, {@link BandChoice}).
	 */
	SalaryComparisonDocument compare(String slug, String compare, String with) {
		Career career = this.careers.findBySlug(slug).orElseThrow(() -> ContentNotFoundException.career(slug));
		List<SalaryBand> found = this.bands.findByCareerSlug(slug);
		if (found.isEmpty()) {
			throw ContentNotFoundException.section(slug, "salaries");
		}
		BandChoice choice = BandChoice.of(found, compare, with);
		if (!choice.isMade()) {
			throw ApiException.invalid(choice.field(), switch (choice.refusal()) {
				case MISSING -> "Give two levels to compare, 'compare' and 'with'.";
				case UNKNOWN -> "No salary level '" + Problems.echo(choice.field().equals("compare") ? compare : with)
						+ "' in this guide; its levels are " + found.stream().map(SalaryBand::getKey).toList() + ".";
				case SAME -> "Compare two different levels: 'compare' and 'with' are both " + compare + ".";
			});
		}
		SalaryBand from = choice.from();
		SalaryBand to = choice.to();
		SalaryRange fromRange = SalaryRange.of(from, career.getCurrency());
		SalaryRange toRange = SalaryRange.of(to, career.getCurrency());
		SalaryComparison.Result result = SalaryComparison.compare(fromRange, toRange);
		int hours = career.getWorkingHoursPerYear();
		int digits = MoneyFormat.fractionDigits(career.getCurrency());
		return new SalaryComparisonDocument(slug, career.getCurrency().getCurrencyCode(), hours,
				side(from, fromRange, hours, digits), side(to, toRange, hours, digits),
				List.of(difference("LOW", result.low()), difference("HIGH", result.high()),
						difference("MIDPOINT", result.midpoint())));
	}

	private static ComparedBand side(SalaryBand band, SalaryRange range, int hours, int digits) {
		return new ComparedBand(band.getKey(), band.getLevel(), range.min(), range.max(), range.openEnded(),
				range.midpoint(), SalaryComparison.perMonth(range.min()), SalaryComparison.perMonth(range.max()),
				SalaryComparison.perHour(range.min(), hours, digits), SalaryComparison.perHour(range.max(), hours, digits));
	}

	private static BandDifference difference(String measure, SalaryComparison.Difference difference) {
		return new BandDifference(measure, difference.amount(), difference.percent(), difference.bound().name());
	}

}
