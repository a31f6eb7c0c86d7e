package org.careerpath.salary;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

import org.careerpath.career.CareerHeader;
import org.careerpath.career.CareerRepository;
import org.careerpath.career.MoneyFormat;
import org.careerpath.career.SalaryRange;
import org.careerpath.career.ContentNotFoundException;
import org.careerpath.career.SalaryBand;
import org.careerpath.career.SalaryBandRepository;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Salary pages' view models, from the guide's bands: table, chart, comparison and placement. */
@Service
@Transactional(readOnly = true)
class SalaryService {

	static final int MAX_YEARS = 60;

	private final CareerRepository careers;

	private final SalaryBandRepository bands;

	SalaryService(CareerRepository careers, SalaryBandRepository bands) {
		this.careers = careers;
		this.bands = bands;
	}

	/** 2 queries: career, bands. */
	SalariesView salaries(String slug, SalaryQuery query, Locale locale) {
		CareerHeader career = this.careers.findHeaderBySlug(slug)
			.orElseThrow(() -> ContentNotFoundException.career(slug));
		List<SalaryBand> found = this.bands.findByCareerSlug(slug);
		List<SalariesView.Band> items = found.stream().map(band -> item(band, locale)).toList();
		SalaryChart chart = SalaryChart.of(found.stream()
			.map(band -> new SalaryChart.Figures(band.getKey(), band.getLevel(), MoneyFormat.range(SalaryRange.of(band), locale),
					band.getMedianMin(), band.getMedianMax(), band.isOpenEnded()))
			.toList(), value -> MoneyFormat.compact(value, locale));

		List<MessageSourceResolvable> compareErrors = new ArrayList<>();
		SalariesView.Comparison comparison = null;
		if (query.wantsComparison()) {
			Optional<SalaryBand> from = find(found, query.compare());
			Optional<SalaryBand> to = find(found, query.with());
			if (SalaryQuery.blank(query.compare()) || SalaryQuery.blank(query.with())) {
				compareErrors.add(message("salaries.compare.two"));
			}
			else if (from.isEmpty() || to.isEmpty()) {
				compareErrors.add(message("salaries.compare.unknown"));
			}
			else if (from.get().getKey().equals(to.get().getKey())) {
				compareErrors.add(message("salaries.compare.same"));
			}
			else {
				comparison = compare(from.get(), to.get(), locale);
			}
		}

		List<MessageSourceResolvable> yearsErrors = new ArrayList<>();
		SalariesView.Placement placement = null;
		if (query.wantsPlacement()) {
			Integer years = parseYears(query.years());
			if (years == null) {
				yearsErrors.add(message("salaries.years.number"));
			}
			else if (years < 0 || years > MAX_YEARS) {
				yearsErrors.add(message("salaries.years.range", MAX_YEARS));
			}
			else {
				placement = place(found, years, locale);
			}
		}
		return new SalariesView(career, items, chart, query, comparison, placement, compareErrors, yearsErrors,
				meetingYears(found));
	}

	private SalariesView.Comparison compare(SalaryBand from, SalaryBand to, Locale locale) {
		SalaryComparison.Result result = SalaryComparison.compare(SalaryRange.of(from), SalaryRange.of(to));
		return new SalariesView.Comparison(side(from, locale), side(to, locale), change(result.low(), locale),
				change(result.high(), locale), change(result.midpoint(), locale));
	}

	private static SalariesView.Side side(SalaryBand band, Locale locale) {
		SalaryRange range = SalaryRange.of(band);
		String plus = band.isOpenEnded() ? "+" : "";
		return new SalariesView.Side(item(band, locale), MoneyFormat.whole(range.min(), locale),
				MoneyFormat.whole(range.max(), locale) + plus, MoneyFormat.whole(range.midpoint(), locale) + plus,
				MoneyFormat.whole(SalaryComparison.perMonth(range.min()), locale) + " – "
						+ MoneyFormat.whole(SalaryComparison.perMonth(range.max()), locale) + plus,
				MoneyFormat.cents(SalaryComparison.perHour(range.min()), locale) + " – "
						+ MoneyFormat.cents(SalaryComparison.perHour(range.max()), locale) + plus);
	}

	private static SalariesView.Change change(SalaryComparison.Difference difference, Locale locale) {
		String direction = difference.isSame() ? "same" : (difference.isMore() ? "more" : "less");
		return new SalariesView.Change(MoneyFormat.whole(difference.magnitude(), locale),
				percent(difference.percentMagnitude(), locale), direction, difference.bound().name());
	}

	/**
	 * The band whose experience starts at the highest year not above the years given. Where two of the guide's
	 * ranges meet (one ends at 3 years, the next starts at 3), that gives the higher band, as "6+ years" includes 6.
	 */
	static SalariesView.Placement place(List<SalaryBand> bands, int years, Locale locale) {
		List<SalaryBand> withYears = bands.stream()
			.filter(band -> band.getExperienceMinYears() != null)
			.sorted(Comparator.comparingInt(SalaryBand::getExperienceMinYears))
			.toList();
		if (withYears.isEmpty()) {
			return null;
		}
		SalaryBand match = null;
		for (SalaryBand band : withYears) {
			if (band.getExperienceMinYears() <= years) {
				match = band;
			}
		}
		boolean below = (match == null);
		return new SalariesView.Placement(years, item(below ? withYears.get(0) : match, locale), below);
	}

	/** Years where one band's range ends and the next begins (3 and 6 in the first guide). */
	static List<Integer> meetingYears(List<SalaryBand> bands) {
		TreeSet<Integer> ends = new TreeSet<>();
		bands.stream().map(SalaryBand::getExperienceMaxYears).filter(java.util.Objects::nonNull).forEach(ends::add);
		return bands.stream()
			.map(SalaryBand::getExperienceMinYears)
			.filter(java.util.Objects::nonNull)
			.filter(ends::contains)
			.sorted()
			.toList();
	}

	private static Integer parseYears(String text) {
		String value = text.strip();
		if (!value.matches("-?\\d{1,4}")) {
			return null;
		}
		return Integer.valueOf(value);
	}

	private static Optional<SalaryBand> find(List<SalaryBand> bands, String key) {
		return bands.stream().filter(band -> band.getKey().equals(key)).findFirst();
	}

	private static SalariesView.Band item(SalaryBand band, Locale locale) {
		return new SalariesView.Band(band.getKey(), band.getLevel(), MoneyFormat.range(SalaryRange.of(band), locale),
				band.isOpenEnded(), band.getExperienceText(), band.getDescription());
	}

	/** One decimal place at most; none (null) when there is no percentage. */
	private static String percent(BigDecimal percent, Locale locale) {
		if (percent == null) {
			return null;
		}
		NumberFormat format = NumberFormat.getPercentInstance(locale);
		format.setMinimumFractionDigits(0);
		format.setMaximumFractionDigits(1);
		return format.format(percent.movePointLeft(2));
	}

	private static MessageSourceResolvable message(String code, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { code }, arguments);
	}

}
