package org.careerpath.salary;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.careerpath.career.Career;
import org.careerpath.career.CareerHeader;
import org.careerpath.career.CareerRepository;
import org.careerpath.career.SalaryRange;
import org.careerpath.career.ContentNotFoundException;
import org.careerpath.career.SalaryBand;
import org.careerpath.career.SalaryBandRepository;
import org.springframework.context.MessageSource;
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

	private final MessageSource messages;

	SalaryService(CareerRepository careers, SalaryBandRepository bands, MessageSource messages) {
		this.careers = careers;
		this.bands = bands;
		this.messages = messages;
	}

	/** 2 queries: career, bands. */
	SalariesView salaries(String slug, SalaryQuery query, Locale locale) {
		Career career = this.careers.findBySlug(slug).orElseThrow(() -> ContentNotFoundException.career(slug));
		CareerHeader header = career.header();
		if (!header.hasSalaries()) {
			throw ContentNotFoundException.section(slug, "salaries");
		}
		Money money = new Money(career.getCurrency(), career.getWorkingHoursPerYear(), locale);
		List<SalaryBand> found = this.bands.findByCareerSlug(slug);
		List<SalariesView.Band> items = found.stream().map(band -> item(band, money)).toList();
		List<MessageSourceResolvable> compareErrors = new ArrayList<>();
		SalariesView.Comparison comparison = null;
		if (query.wantsComparison()) {
			BandChoice choice = BandChoice.of(found, query.compare(), query.with());
			if (choice.isMade()) {
				comparison = compare(choice.from(), choice.to(), money);
			}
			else {
				compareErrors.add(message(switch (choice.refusal()) {
					case MISSING -> "salaries.compare.two";
					case UNKNOWN -> "salaries.compare.unknown";
					case SAME -> "salaries.compare.same";
				}));
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
				placement = place(found, years, money);
			}
		}
		SalaryChart chart = chart(found, money, comparison, placement);
		List<String> withoutYears = found.stream()
			.filter(band -> band.getExperienceMinYears() == null)
			.map(SalaryBand::getLevel)
			.toList();
		return new SalariesView(header, money.view(chart), career.getExperienceNotes(), items, chart, query,
				comparison, placement, compareErrors, yearsErrors, meetingYears(found), withoutYears);
	}

	/** The chart, each bar marked with what the forms' answers say of it ("compared, first", "your band"). */
	private SalaryChart chart(List<SalaryBand> bands, Money money, SalariesView.Comparison comparison,
			SalariesView.Placement placement) {
		String first = (comparison != null) ? comparison.from().band().key() : null;
		String second = (comparison != null) ? comparison.to().band().key() : null;
		String yours = (placement != null && !placement.below()) ? placement.band().key() : null;
		return SalaryChart.of(bands.stream().map(band -> {
			List<String> marks = new ArrayList<>();
			if (band.getKey().equals(first)) {
				marks.add(text("salaries.chart.first", money.locale()));
			}
			if (band.getKey().equals(second)) {
				marks.add(text("salaries.chart.second", money.locale()));
			}
			if (band.getKey().equals(yours)) {
				marks.add(text("salaries.chart.yours", money.locale()));
			}
			return new SalaryChart.Figures(band.getKey(), band.getLevel(), money.range(band), band.getMedianMin(),
					band.getMedianMax(), band.isOpenEnded(), marks.isEmpty() ? null : capitalised(marks, money.locale()));
		}).toList(), money::compact);
	}

	/** "Compared, first, your band". */
	private static String capitalised(List<String> marks, Locale locale) {
		String text = String.join(", ", marks);
		return text.substring(0, 1).toUpperCase(locale) + text.substring(1);
	}

	private String text(String code, Locale locale) {
		return this.messages.getMessage(code, null, locale);
	}

	private SalariesView.Comparison compare(SalaryBand from, SalaryBand to, Money money) {
		SalaryComparison.Result result = SalaryComparison.compare(money.rangeOf(from), money.rangeOf(to));
		return new SalariesView.Comparison(side(from, money), side(to, money), change(result.low(), money),
				change(result.high(), money), change(result.midpoint(), money));
	}

	private static SalariesView.Side side(SalaryBand band, Money money) {
		SalaryRange range = money.rangeOf(band);
		String plus = band.isOpenEnded() ? "+" : "";
		return new SalariesView.Side(item(band, money), money.whole(range.min()), money.whole(range.max()) + plus,
				money.whole(range.midpoint()) + plus,
				money.whole(SalaryComparison.perMonth(range.min())) + " – "
						+ money.whole(SalaryComparison.perMonth(range.max())) + plus,
				money.hourly(range.min()) + " – " + money.hourly(range.max()) + plus);
	}

	private static SalariesView.Change change(SalaryComparison.Difference difference, Money money) {
		String direction = difference.isSame() ? "same" : (difference.isMore() ? "more" : "less");
		return new SalariesView.Change(money.whole(difference.magnitude()),
				percent(difference.percentMagnitude(), money.locale()), direction, difference.bound().name());
	}

	/**
	 * The band whose experience starts at the highest year not above the years given. Where two of the guide's
	 * ranges meet (one ends at 3 years, the next starts at 3), that gives the higher band, as "6+ years" includes 6.
	 */
	static SalariesView.Placement place(List<SalaryBand> bands, int years, Money money) {
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
		return new SalariesView.Placement(years, item(below ? withYears.get(0) : match, money), below);
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

	private static SalariesView.Band item(SalaryBand band, Money money) {
		return new SalariesView.Band(band.getKey(), band.getLevel(), money.range(band), band.isOpenEnded(),
				band.getExperienceText(), band.getDescription(), band.getExperienceMinYears() != null);
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
