package org.careerpath.advisor;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.careerpath.career.CareerHeader;
import org.careerpath.career.CareerRepository;
import org.careerpath.career.ContentNotFoundException;
import org.careerpath.progress.AdvisorRecords;
import org.careerpath.progress.Answers;
import org.careerpath.progress.CareerProgress;
import org.careerpath.progress.Person;
import org.careerpath.progress.ProgressQueries;
import org.careerpath.progress.Rating;
import org.springframework.stereotype.Service;

/** The advisor's pages and changes: checks what was typed against the guide, keeps it, and computes the plan. */
@Service
class AdvisorService {

	static final int MAX_YEARS = 60;

	static final int MAX_TARGET_YEARS = 30;

	static final List<String> LEVELS = Arrays.stream(EducationLevel.values()).map(EducationLevel::key).toList();

	private final AdvisorGuides guides;

	private final CareerRepository careers;

	private final AdvisorRecords records;

	private final ProgressQueries progress;

	private final Clock clock;

	private final Counter plans;

	AdvisorService(AdvisorGuides guides, CareerRepository careers, AdvisorRecords records, ProgressQueries progress,
			Clock clock, MeterRegistry meters) {
		this.plans = Counter.builder("careerpath.advisor.plans")
			.description("Advisor answers saved, each giving a plan")
			.register(meters);
		this.guides = guides;
		this.careers = careers;
		this.records = records;
		this.progress = progress;
		this.clock = clock;
	}

	AdvisorPage page(Person person, String slug, Locale locale) {
		AdvisorGuide guide = this.guides.guide(slug, locale);
		Optional<Answers> answers = this.records.answers(person, slug);
		Plan plan = answers.map(saved -> plan(person, guide, saved)).orElse(null);
		return new AdvisorPage(header(slug), guide, answers.map(AdvisorForm::of).orElseGet(AdvisorForm::empty),
				Map.of(), plan, LEVELS);
	}

	/** The answers, or the page again with a message by each field that needs one (and nothing saved). */
	Result save(Person person, String slug, AdvisorForm form, Locale locale) {
		AdvisorGuide guide = this.guides.guide(slug, locale);
		Map<String, Plan.Reason> errors = new LinkedHashMap<>();
		Answers answers = check(guide, form, errors);
		if (!errors.isEmpty()) {
			Plan plan = this.records.answers(person, slug).map(saved -> plan(person, guide, saved)).orElse(null);
			return new Result(new AdvisorPage(header(slug), guide, form, errors, plan, LEVELS), null);
		}
		String guestToken = this.records.saveAnswers(person, slug, answers).guestToken();
		this.plans.increment(); // saved and committed: the service itself runs outside a transaction
		return new Result(null, guestToken);
	}

	/** What a save gave: the page to show again (when something was wrong), or the guest token to keep. */
	record Result(AdvisorPage invalid, String guestToken) {
	}

	/** Marks done the steps the plan suggests, those not done yet; nothing when no answers are saved. */
	AdvisorRecords.Marked apply(Person person, String slug, Locale locale) {
		AdvisorGuide guide = this.guides.guide(slug, locale);
		List<String> steps = this.records.answers(person, slug)
			.map(saved -> plan(person, guide, saved).done().stream().map(Plan.Suggestion::stepKey).toList())
			.orElse(List.of());
		if (steps.isEmpty()) {
			return new AdvisorRecords.Marked(List.of(), null);
		}
		return this.records.markDone(person, slug, steps);
	}

	/** The plan's timeline as an iCalendar file, or empty when there is none (no target date, nothing left). */
	Optional<String> calendar(Person person, String slug, String link, Locale locale) {
		AdvisorGuide guide = this.guides.guide(slug, locale);
		return this.records.answers(person, slug)
			.map(saved -> plan(person, guide, saved).timeline())
			.filter(timeline -> !timeline.isEmpty())
			.map(timeline -> Calendar.of(slug, guide.title(), timeline, link, this.clock.instant()));
	}

	Plan plan(Person person, AdvisorGuide guide, Answers answers) {
		List<String> stepKeys = guide.steps().stream().map(AdvisorGuide.Step::key).toList();
		CareerProgress state = this.progress.forCareer(person, guide.slug(), stepKeys);
		Set<String> finished = state.steps().values().stream().filter(CareerProgress.StepState::isFinished)
			.map(CareerProgress.StepState::stepKey).collect(Collectors.toSet());
		Map<String, Set<String>> actions = new HashMap<>();
		state.steps().values().forEach(step -> actions.put(step.stepKey(), step.actionsDone()));
		return PlanRules.plan(guide, new PlanRules.Situation(answers, finished, actions,
				latest(this.records.ratings(person, guide.slug())), this.progress.ladderPosition(person, guide.slug())
					.orElse(null), today()));
	}

	private Answers check(AdvisorGuide guide, AdvisorForm form, Map<String, Plan.Reason> errors) {
		if (EducationLevel.of(form.educationLevel()).isEmpty()) {
			errors.put("educationLevel", new Plan.Reason("advisor.error.choose"));
		}
		Set<String> fields = guide.rules().educationFields().stream().map(c -> c.key()).collect(Collectors.toSet());
		if (blank(form.educationField()) ? !fields.isEmpty() && !"none".equals(form.educationLevel())
				: !fields.contains(form.educationField())) {
			errors.put("educationField", new Plan.Reason("advisor.error.choose"));
		}
		Set<String> credentials = guide.credentials().stream().map(AdvisorGuide.Named::key).collect(Collectors.toSet());
		if (!credentials.containsAll(form.credentials())) {
			errors.put("credentials", new Plan.Reason("advisor.error.choose"));
		}
		Integer clinical = years(form.clinicalYears(), "clinicalYears", errors);
		Integer management = years(form.managementYears(), "managementYears", errors);
		boolean knownRole = !blank(form.currentRole()) && ("other".equals(form.currentRole())
				|| guide.rungIndex(form.currentRole()) >= 0 || guide.roleBeforeLadder(form.currentRole()).isPresent());
		if (!knownRole) {
			errors.put("currentRole", new Plan.Reason("advisor.error.choose"));
		}
		LocalDate target = null;
		if (!blank(form.targetDate())) {
			try {
				target = LocalDate.parse(form.targetDate().strip());
				if (!target.isAfter(today()) || target.isAfter(today().plusYears(MAX_TARGET_YEARS))) {
					errors.put("targetDate", new Plan.Reason("advisor.error.targetRange", MAX_TARGET_YEARS));
				}
			}
			catch (DateTimeParseException ex) {
				errors.put("targetDate", new Plan.Reason("advisor.error.date"));
			}
		}
		return new Answers(form.educationLevel(), blank(form.educationField()) ? null : form.educationField(),
				Set.copyOf(form.credentials()), clinical, management, form.currentRole(), target, null);
	}

	private static Integer years(String text, String field, Map<String, Plan.Reason> errors) {
		if (blank(text)) {
			return null;
		}
		String value = text.strip();
		if (!value.matches("\\d{1,3}") || Integer.parseInt(value) > MAX_YEARS) {
			errors.put(field, new Plan.Reason("advisor.error.years", MAX_YEARS));
			return null;
		}
		return Integer.valueOf(value);
	}

	/** Each skill's latest rating. */
	static Map<String, Integer> latest(List<Rating> ratings) {
		Map<String, Integer> latest = new HashMap<>();
		ratings.forEach(rating -> latest.put(rating.skillKey(), rating.rating()));
		return latest;
	}

	CareerHeader header(String slug) {
		return this.careers.findHeaderBySlug(slug).orElseThrow(() -> ContentNotFoundException.career(slug));
	}

	LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
