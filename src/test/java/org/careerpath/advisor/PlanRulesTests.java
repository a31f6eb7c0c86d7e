package org.careerpath.advisor;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.careerpath.progress.Answers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule table: answer sets, and the plan each must produce from the first guide's advisor rules. Deterministic:
 * the same answers always give the same plan.
 */
class PlanRulesTests {

	static final AdvisorGuide GUIDE = Guides.director();

	static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

	static Answers answers(String level, String field, Set<String> credentials, Integer clinical, Integer management,
			String role, LocalDate target) {
		return new Answers(level, field, credentials, clinical, management, role, target, null);
	}

	static PlanRules.Situation situation(Answers answers) {
		return new PlanRules.Situation(answers, Set.of(), Map.of(), Map.of(), null, TODAY);
	}

	/** Answers; the steps shown done; the standing's reason; the first next action. */
	static Stream<Arguments> table() {
		return Stream.of(
				Arguments.of("a nurse with a nursing bachelor's, RN licence, 4 clinical years",
						answers("bachelor", "nursing", Set.of("registered-nurse-licence"), 4, 0, "registered-nurse", null),
						List.of("healthcare-degree"), "plan.standing.before", "earn-bachelors-degree"),
				Arguments.of("a manager with an MHA, RN and CMM",
						answers("master", "health-administration", Set.of("registered-nurse-licence", "cmm"), 8, 3,
								"clinical-services-manager", null),
						List.of("educational-background", "healthcare-degree", "certifications-and-licenses"),
						"plan.standing.role", "work-in-clinical-roles"),
				Arguments.of("a master's outside health shows no education step",
						answers("master", "other", Set.of(), 0, 0, "other", null), List.of(), "plan.standing.undecided",
						"earn-bachelors-degree"),
				Arguments.of("a doctorate in public health with CHE",
						answers("doctorate", "public-health", Set.of("che"), 2, 1, "social-worker", null),
						List.of("educational-background", "healthcare-degree", "further-education"),
						"plan.standing.before", "work-in-clinical-roles"),
				Arguments.of("a licence without a management certification does not finish step 5",
						answers("none", null, Set.of("clinical-social-worker-licence"), 1, 0, "social-worker", null),
						List.of(), "plan.standing.before", "earn-bachelors-degree"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("table")
	void eachAnswerSetGivesItsPlan(String name, Answers answers, List<String> done, String standing, String firstAction) {
		Plan plan = PlanRules.plan(GUIDE, situation(answers));
		assertThat(plan.done()).extracting(Plan.Suggestion::stepKey).containsExactlyElementsOf(done);
		assertThat(plan.done()).allSatisfy(s -> assertThat(s.evidence()).isNotBlank()).allSatisfy(
				s -> assertThat(s.because()).isNotEmpty());
		assertThat(plan.standing().how().code()).isEqualTo(standing);
		assertThat(plan.next()).hasSize(3).allSatisfy(n -> assertThat(n.because()).isNotNull());
		assertThat(plan.next().get(0).actionKey()).isEqualTo(firstAction);
		assertThat(PlanRules.plan(GUIDE, situation(answers))).as("deterministic").isEqualTo(plan);
	}

	@Test
	void iAmHereOnTheLadderWinsOverTheRoleAnswered() {
		Answers answers = answers("bachelor", "nursing", Set.of(), 3, 0, "registered-nurse", null);
		Plan plan = PlanRules.plan(GUIDE, new PlanRules.Situation(answers, Set.of(), Map.of(), Map.of(),
				"director-of-clinical-operations", TODAY));
		assertThat(plan.standing().rungKey()).isEqualTo("director-of-clinical-operations");
		assertThat(plan.standing().how().code()).isEqualTo("plan.standing.ladder");
		assertThat(plan.standing().nextKey()).isEqualTo("vice-president-of-clinical-services");
		assertThat(plan.standing().nextTips()).first().asString().startsWith("Visionary Leadership:");
	}

	@Test
	void stepsAlreadyDoneAreNeitherSuggestedNorNext() {
		Answers answers = answers("master", "health-administration", Set.of(), 0, 0, "student", null);
		Plan plan = PlanRules.plan(GUIDE, new PlanRules.Situation(answers, Set.of("educational-background"), Map.of(),
				Map.of(), null, TODAY));
		assertThat(plan.done()).extracting(Plan.Suggestion::stepKey).containsExactly("healthcare-degree");
		assertThat(plan.next()).extracting(Plan.NextAction::stepKey).containsOnly("practical-experience");
	}

	@Test
	void actionsAboutACredentialHeldAreSkippedAndOthersSayWhichIsMissing() {
		Answers answers = answers("master", "health-administration", Set.of("che"), 0, 0, "student", null);
		Set<String> finished = Set.of("educational-background", "healthcare-degree", "practical-experience");
		Plan plan = PlanRules.plan(GUIDE, new PlanRules.Situation(answers, finished,
				Map.of("further-education", Set.of("advanced-degree", "choose-specialization")), Map.of(), null, TODAY));
		assertThat(plan.done()).extracting(Plan.Suggestion::stepKey).containsExactly("further-education");
		// further-education is suggested done, so the next actions begin with step 5; CHE counts for its
		// administration certification, and the licence is what they lack.
		assertThat(plan.next()).extracting(Plan.NextAction::actionKey)
			.containsExactly("state-license", "specialty-certifications", "continuous-learning");
		assertThat(plan.next().get(0).because().code()).isEqualTo("plan.reason.noCredential");
		assertThat(plan.next().get(0).because().args()).containsExactly(
				"Registered Nurse (RN) licence / Clinical Social Worker licence");
	}

	@Test
	void yearsThatTheGuideGivesNoNumberForAreLeftToThePerson() {
		Plan plan = PlanRules.plan(GUIDE, situation(answers("none", null, Set.of(), 6, 2, "other", null)));
		assertThat(plan.undecided()).extracting(Plan.Undecided::stepKey)
			.containsExactly("practical-experience", "healthcare-management-experience");
		assertThat(plan.undecided().get(0).because().args()).containsExactly(6);
		assertThat(PlanRules.plan(GUIDE, situation(answers("none", null, Set.of(), 0, 0, "other", null))).undecided())
			.isEmpty();
	}

	@Test
	void skillGapsRankTheNextRungsSkillsByNeedAndRating() {
		Answers answers = answers("none", null, Set.of(), 0, 0, "clinical-services-manager", null);
		Plan plan = PlanRules.plan(GUIDE, new PlanRules.Situation(answers, Set.of(), Map.of(),
				Map.of("financial-management", 4, "strategic-planning", 2, "teamwork", 5, "decision-making", 1), null,
				TODAY));
		assertThat(plan.gapsRung()).isEqualTo("director-of-clinical-operations");
		// tip-named: strategic 2*(5-2)=6, financial 2*(5-4)=2, teamwork 0; description-named: decision 1*(5-1)=4
		assertThat(plan.gaps()).extracting(Plan.Gap::skillKey)
			.containsExactly("strategic-planning", "decision-making", "financial-management", "teamwork");
		assertThat(plan.gaps()).extracting(Plan.Gap::score).containsExactly(6, 4, 2, 0);
	}

	@Test
	void salaryOutlookComparesTheFirstTwoBandsBelowTheTopAndDefersAtTheTop() {
		Plan below = PlanRules.plan(GUIDE, situation(answers("none", null, Set.of(), 0, 0, "clinical-services-manager", null)));
		assertThat(below.salary().compare()).isEqualTo("entry-level");
		assertThat(below.salary().with()).isEqualTo("mid-level");
		Plan top = PlanRules.plan(GUIDE, situation(answers("none", null, Set.of(), 0, 0, "director-of-clinical-services", null)));
		assertThat(top.salary().what().code()).isEqualTo("plan.salary.atTop");
		assertThat(top.standing().nextKey()).isNull();
	}

	@Test
	void aTargetDatePacesTheRemainingStepsEndingOnIt() {
		LocalDate target = TODAY.plusDays(1000);
		Plan plan = PlanRules.plan(GUIDE, situation(answers("bachelor", "nursing", Set.of(), 0, 0, "student", target)));
		assertThat(plan.timeline()).hasSize(9).extracting(Plan.Dated::stepKey).doesNotContain("healthcare-degree");
		assertThat(plan.timeline()).extracting(Plan.Dated::date).isSorted();
		assertThat(plan.timeline().get(0).date()).isEqualTo(TODAY.plusDays(111));
		assertThat(plan.timeline().get(8).date()).isEqualTo(target);
		assertThat(PlanRules.plan(GUIDE, situation(answers("none", null, Set.of(), 0, 0, "student", null))).timeline())
			.isEmpty();
	}

}
