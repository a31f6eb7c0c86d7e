package org.careerpath.advisor;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.careerpath.advisor.Plan.Reason;
import org.careerpath.career.AdvisorRules;
import org.careerpath.progress.Answers;

/**
 * The advisor's rules: from a guide, a person's answers, checklist and ratings to a plan. Deterministic and
 * table-driven: every decision comes from the guide's advisor rules or from the person's own records, and where
 * they do not decide something, the plan says so rather than guessing.
 */
final class PlanRules {

	static final int NEXT_ACTIONS = 3;

	/** A skill named in one of a rung's tips is needed more than one named in its description. */
	static final Map<String, Integer> NEED = Map.of("tip", 2, "description", 1);

	private PlanRules() {
	}

	/** The person's records: answers, finished steps, ticked actions, latest ratings, "I am here" rung, today. */
	record Situation(Answers answers, Set<String> finishedSteps, Map<String, Set<String>> actionsDone,
			Map<String, Integer> ratings, String ladderRung, LocalDate today) {
	}

	static Plan plan(AdvisorGuide guide, Situation situation) {
		Answers answers = situation.answers();
		Plan.Standing standing = standing(guide, answers, situation.ladderRung());
		List<Plan.Suggestion> done = done(guide, situation);
		Set<String> suggested = new HashSet<>(done.stream().map(Plan.Suggestion::stepKey).toList());
		List<AdvisorGuide.Step> remaining = guide.steps().stream()
			.filter(step -> !situation.finishedSteps().contains(step.key()) && !suggested.contains(step.key()))
			.toList();
		String gapsRung = (standing.nextKey() != null) ? standing.nextKey() : null;
		return new Plan(standing, done, undecided(guide, situation), next(guide, situation, remaining),
				gaps(guide, gapsRung, situation.ratings()), gapsRung, outlook(guide, standing),
				timeline(remaining, situation.today(), answers.targetDate()));
	}

	static Plan.Standing standing(AdvisorGuide guide, Answers answers, String ladderRung) {
		List<AdvisorGuide.Rung> rungs = guide.rungs();
		int index;
		Reason how;
		if (ladderRung != null && guide.rungIndex(ladderRung) >= 0) {
			index = guide.rungIndex(ladderRung);
			how = new Reason("plan.standing.ladder", rungs.get(index).title());
		}
		else if (answers.currentRole() != null && guide.rungIndex(answers.currentRole()) >= 0) {
			index = guide.rungIndex(answers.currentRole());
			how = new Reason("plan.standing.role", rungs.get(index).title());
		}
		else if (answers.currentRole() != null && guide.roleBeforeLadder(answers.currentRole()).isPresent()
				&& !rungs.isEmpty()) {
			AdvisorGuide.Rung first = rungs.get(0);
			return new Plan.Standing(null, null, true, new Reason("plan.standing.before",
					guide.roleBeforeLadder(answers.currentRole()).get().label(), first.title()), first.key(),
					first.title(), first.tips());
		}
		else {
			return new Plan.Standing(null, null, false, new Reason("plan.standing.undecided"), null, null, List.of());
		}
		AdvisorGuide.Rung here = rungs.get(index);
		AdvisorGuide.Rung next = (index + 1 < rungs.size()) ? rungs.get(index + 1) : null;
		return new Plan.Standing(here.key(), here.title(), false, how, (next != null) ? next.key() : null,
				(next != null) ? next.title() : null, (next != null) ? next.tips() : List.of());
	}

	/** Steps whose rule the answers meet and that are not finished yet; the first matching rule gives the reasons. */
	static List<Plan.Suggestion> done(AdvisorGuide guide, Situation situation) {
		Map<String, Plan.Suggestion> found = new LinkedHashMap<>();
		for (AdvisorRules.DoneWhen rule : guide.rules().doneWhen()) {
			if (found.containsKey(rule.step()) || situation.finishedSteps().contains(rule.step())) {
				continue;
			}
			List<Reason> because = meets(guide, rule, situation.answers());
			if (because != null) {
				guide.step(rule.step()).ifPresent(step -> found.put(step.key(),
						new Plan.Suggestion(step.key(), step.position(), step.title(), because, rule.evidence())));
			}
		}
		return found.values().stream().sorted(Comparator.comparingInt(Plan.Suggestion::position)).toList();
	}

	/** The reasons the answers meet the rule, or null when they do not. */
	private static List<Reason> meets(AdvisorGuide guide, AdvisorRules.DoneWhen rule, Answers answers) {
		List<Reason> because = new ArrayList<>();
		if (rule.education() != null) {
			EducationLevel needed = EducationLevel.of(rule.education()).orElseThrow();
			EducationLevel held = EducationLevel.of(answers.educationLevel()).orElse(EducationLevel.NONE);
			if (!held.atLeast(needed) || (!rule.fields().isEmpty() && !rule.fields().contains(answers.educationField()))) {
				return null;
			}
			because.add(new Reason("plan.reason.education." + held.key(), guide.fieldLabel(answers.educationField())));
		}
		for (List<String> group : rule.credentials()) {
			List<String> held = group.stream().filter(answers.credentials()::contains).toList();
			if (held.isEmpty()) {
				return null;
			}
			because.add(new Reason("plan.reason.credential", guide.credentialName(held.get(0))));
		}
		if (rule.clinicalYears() != null) {
			if (answers.clinicalYears() == null || answers.clinicalYears() < rule.clinicalYears()) {
				return null;
			}
			because.add(new Reason("plan.reason.clinicalYears", answers.clinicalYears()));
		}
		if (rule.managementYears() != null) {
			if (answers.managementYears() == null || answers.managementYears() < rule.managementYears()) {
				return null;
			}
			because.add(new Reason("plan.reason.managementYears", answers.managementYears()));
		}
		return because;
	}

	static List<Plan.Undecided> undecided(AdvisorGuide guide, Situation situation) {
		List<Plan.Undecided> notes = new ArrayList<>();
		for (AdvisorRules.Undecided rule : guide.rules().undecided()) {
			Integer years = "clinical".equals(rule.years()) ? situation.answers().clinicalYears()
					: situation.answers().managementYears();
			if (years != null && years > 0 && !situation.finishedSteps().contains(rule.step())) {
				guide.step(rule.step()).ifPresent(step -> notes.add(new Plan.Undecided(step.key(), step.position(),
						step.title(), new Reason("plan.undecided." + rule.years(), years), rule.evidence())));
			}
		}
		return notes;
	}

	/** The first actions not ticked of the first steps not finished, skipping those about a credential held. */
	static List<Plan.NextAction> next(AdvisorGuide guide, Situation situation, List<AdvisorGuide.Step> remaining) {
		List<Plan.NextAction> next = new ArrayList<>();
		Set<String> held = situation.answers().credentials();
		for (AdvisorGuide.Step step : remaining) {
			boolean first = true;
			for (AdvisorGuide.Named action : step.actions()) {
				if (next.size() == NEXT_ACTIONS) {
					return next;
				}
				if (situation.actionsDone().getOrDefault(step.key(), Set.of()).contains(action.key())) {
					continue;
				}
				List<String> about = credentialsOf(guide, step.key(), action.key());
				if (!about.isEmpty() && about.stream().anyMatch(held::contains)) {
					continue; // the person holds what this action is about
				}
				Reason because = !about.isEmpty()
						? new Reason("plan.reason.noCredential",
								String.join(" / ", about.stream().map(guide::credentialName).toList()))
						: new Reason(first ? "plan.reason.firstOpenStep" : "plan.reason.sameStep", step.position());
				next.add(new Plan.NextAction(step.key(), step.position(), step.title(), action.key(), action.name(),
						because));
				first = false;
			}
			if (step.actions().isEmpty() && next.size() < NEXT_ACTIONS) {
				next.add(new Plan.NextAction(step.key(), step.position(), step.title(), null, step.title(),
						new Reason("plan.reason.firstOpenStep", step.position())));
			}
		}
		return next;
	}

	private static List<String> credentialsOf(AdvisorGuide guide, String step, String action) {
		return guide.rules().actionCredentials().stream()
			.filter(rule -> rule.step().equals(step) && rule.action().equals(action))
			.flatMap(rule -> rule.credentials().stream())
			.toList();
	}

	/** The next rung's skills, most needed and least rated first; unrated skills count as the lowest rating. */
	static List<Plan.Gap> gaps(AdvisorGuide guide, String rung, Map<String, Integer> ratings) {
		if (rung == null) {
			return List.of();
		}
		return guide.rules().rungSkills().stream()
			.filter(rule -> rule.rung().equals(rung))
			.flatMap(rule -> rule.skills().stream())
			.map(skill -> {
				Integer rating = ratings.get(skill.key());
				int score = NEED.getOrDefault(skill.via(), 1) * (5 - ((rating != null) ? rating : 1));
				return new Plan.Gap(skill.key(), guide.skillName(skill.key()), rating, skill.via(), skill.evidence(),
						score);
			})
			.sorted(Comparator.comparingInt(Plan.Gap::score).reversed())
			.toList();
	}

	/**
	 * Below the top rung: the guide's first band is where the role begins, compared with the next. At the top: the
	 * guide's bands count years in the role itself, which the answers do not give, so the plan points to the page.
	 */
	static Plan.Outlook outlook(AdvisorGuide guide, Plan.Standing standing) {
		List<AdvisorGuide.Band> bands = guide.bands();
		if (bands.isEmpty()) {
			return null;
		}
		boolean atTop = standing.rungKey() != null && standing.nextKey() == null;
		if (atTop) {
			return new Plan.Outlook(new Reason("plan.salary.atTop"), null, null);
		}
		AdvisorGuide.Band first = bands.get(0);
		String with = (bands.size() > 1) ? bands.get(1).key() : null;
		return new Plan.Outlook(new Reason("plan.salary.start", first.level(), first.range()), first.key(), with);
	}

	/** The remaining steps paced evenly from today to the target date: one date each, the last on the target. */
	static List<Plan.Dated> timeline(List<AdvisorGuide.Step> remaining, LocalDate today, LocalDate target) {
		if (target == null || remaining.isEmpty() || !target.isAfter(today)) {
			return List.of();
		}
		long days = ChronoUnit.DAYS.between(today, target);
		List<Plan.Dated> dated = new ArrayList<>();
		for (int i = 0; i < remaining.size(); i++) {
			AdvisorGuide.Step step = remaining.get(i);
			dated.add(new Plan.Dated(step.key(), step.position(), step.title(),
					today.plusDays(Math.max(1, days * (i + 1) / remaining.size()))));
		}
		return dated;
	}

}
