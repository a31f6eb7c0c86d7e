package org.careerpath.progress;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Validation;
import org.careerpath.career.ActionOutline;
import org.careerpath.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Every way a progress file can be wrong, and that a right one passes as it is. */
class ProgressImportTests {

	static final String SLUG = "nurse-manager";

	static final List<String> STEPS = List.of("study", "work", "lead");

	static final List<ActionOutline> ACTIONS = List.of(new ActionOutline("study", "degree", 1, "Get a degree"),
			new ActionOutline("study", "exam", 2, "Pass the exam"), new ActionOutline("work", "ward", 1, "Run a ward"));

	static final List<String> RUNGS = List.of("nurse", "manager");

	final TestClock clock = TestClock.startingNow();

	final ProgressImport importer = new ProgressImport(JsonMapper.builder().build(),
			Validation.buildDefaultValidatorFactory().getValidator(), this.clock);

	@Test
	void aRightFilePassesWithItsStepsActionsAndRung() {
		ProgressImport.Result result = check(file("nurse", """
				{"key": "study", "status": "DONE", "completedOn": "2020-05-01", "note": "  passed  ",
				 "evidenceUrl": "https://example.org/cert", "actionsDone": ["degree", "exam"],
				 "updatedAt": "2024-01-02T03:04:05Z"}"""));
		assertThat(result.isValid()).isTrue();
		assertThat(result.ladderRung()).isEqualTo("nurse");
		ProgressImport.CheckedStep step = result.steps().get(0);
		assertThat(step.status()).isEqualTo(StepStatus.DONE);
		assertThat(step.details().note()).isEqualTo("passed");
		assertThat(step.actionsDone()).containsExactlyInAnyOrder("degree", "exam");
		assertThat(step.updatedAt()).isEqualTo(Instant.parse("2024-01-02T03:04:05Z"));
	}

	@Test
	void unknownStepsActionsAndRungsAreNamed() {
		assertThat(problems(file(null, "{\"key\": \"fly\"}"))).containsExactly("progress.import.unknownStep [fly]");
		assertThat(problems(file(null, "{\"key\": \"work\", \"actionsDone\": [\"degree\"]}")))
			.as("an action of another step").containsExactly("progress.import.unknownAction [work, degree]");
		assertThat(problems(file("astronaut", "{\"key\": \"work\"}")))
			.containsExactly("progress.import.unknownRung [astronaut]");
	}

	@Test
	void aStepTwiceIsRefused() {
		assertThat(problems(file(null, "{\"key\": \"work\"}", "{\"key\": \"work\"}")))
			.containsExactly("progress.import.duplicate [work]");
	}

	@Test
	void onlyVersionOneOfThisCareersFileIsRead() {
		assertThat(problems("{\"format\":\"careerpath-progress\",\"version\":2,\"career\":\"nurse-manager\",\"steps\":[]}"))
			.containsExactly("progress.import.version [2]");
		assertThat(problems("{\"format\":\"careerpath-progress\",\"version\":1,\"career\":\"astronaut\",\"steps\":[]}"))
			.containsExactly("progress.import.otherCareer [astronaut]");
		assertThat(problems("{\"format\":\"something-else\",\"version\":1,\"career\":\"nurse-manager\",\"steps\":[]}"))
			.containsExactly("progress.import.notProgress []");
		assertThat(problems("not json")).containsExactly("progress.import.notJson []");
	}

	@Test
	void atMostFiveProblemsAreKeptHoweverManyTheFileHas() {
		String[] steps = new String[10_000];
		for (int i = 0; i < steps.length; i++) {
			steps[i] = "{\"key\": \"unknown-" + i + "\"}";
		}
		ProgressImport.Result result = check(file(null, steps));
		assertThat(result.problems()).hasSize(5);
		assertThat(result.problems()).as("a copy, not a view that keeps the whole list alive")
			.matches(problems -> !problems.getClass().getName().contains("SubList"));
	}

	@Test
	void aChangeDatedInTheFutureIsTakenAsMadeNow() {
		Instant future = this.clock.instant().plus(Duration.ofDays(30));
		ProgressImport.Result result = check(file(null, "{\"key\": \"work\", \"updatedAt\": \"" + future + "\"}"));
		assertThat(result.isValid()).isTrue();
		assertThat(result.steps().get(0).updatedAt()).isBefore(future).isBeforeOrEqualTo(this.clock.instant());
	}

	@Test
	void theFormsRulesApplyToEveryStep() {
		assertThat(problems(file(null, "{\"key\": \"work\", \"note\": \"" + "x".repeat(4001) + "\"}")))
			.containsExactly("progress.import.note [work, 4000]");
		assertThat(problems(file(null, "{\"key\": \"work\", \"completedOn\": \"2999-01-01\"}")))
			.containsExactly("progress.import.future [work, 2999-01-01]");
		assertThat(problems(file(null, "{\"key\": \"work\", \"completedOn\": \"1850-01-01\"}")))
			.containsExactly("progress.import.date [work, 1850-01-01]");
		assertThat(problems(file(null, "{\"key\": \"work\", \"evidenceUrl\": \"javascript:alert(1)\"}")))
			.containsExactly("progress.import.link [work]");
		assertThat(problems(file(null, "{\"key\": \"work\", \"status\": \"FINISHED\"}")))
			.containsExactly("progress.import.status [work, FINISHED]");
	}

	@Test
	void anEmptyOrOversizedUploadIsRefusedUnread() {
		assertThat(this.importer.check(new byte[0], SLUG, STEPS, ACTIONS, RUNGS).problems())
			.extracting(ProgressImportTests::describe).containsExactly("progress.import.empty []");
		assertThat(this.importer.check(new byte[ProgressImport.MAX_BYTES + 1], SLUG, STEPS, ACTIONS, RUNGS).problems())
			.extracting(ProgressImportTests::describe).containsExactly("progress.import.tooLarge [256]");
	}

	private ProgressImport.Result check(String json) {
		return this.importer.check(json.getBytes(StandardCharsets.UTF_8), SLUG, STEPS, ACTIONS, RUNGS);
	}

	private List<String> problems(String json) {
		return check(json).problems().stream().map(ProgressImportTests::describe).toList();
	}

	private static String describe(DefaultMessageSourceResolvable problem) {
		return problem.getCode() + " " + java.util.Arrays.toString(problem.getArguments());
	}

	private static String file(String rung, String... steps) {
		return "{\"format\":\"careerpath-progress\",\"version\":1,\"career\":\"nurse-manager\","
				+ ((rung != null) ? "\"ladderRung\":\"" + rung + "\"," : "") + "\"steps\":[" + String.join(",", steps) + "]}";
	}

}
