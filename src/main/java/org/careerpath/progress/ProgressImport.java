package org.careerpath.progress;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.PastOrPresent;
import org.careerpath.career.ActionOutline;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and checks an uploaded progress file against the roadmap as it is now. Any problem rejects the whole file,
 * with messages that say what is wrong; a file that passes is safe to store as it is.
 */
@Component
class ProgressImport {

	/** Far more than any real export (about 1 KB a step with a long note). */
	static final int MAX_BYTES = 256 * 1024;

	private static final int MAX_PROBLEMS = 5;

	/** No change to progress can be older than the site. */
	private static final Instant EARLIEST_CHANGE = Instant.parse("2020-01-01T00:00:00Z");

	private final ObjectReader reader;

	private final Validator validator;

	private final Clock clock;

	ProgressImport(JsonMapper json, Validator validator, Clock clock) {
		this.reader = json.reader()
			.with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
		this.validator = validator;
		this.clock = clock;
	}

	record CheckedStep(String key, StepStatus status, StepDetails details, Set<String> actionsDone, Instant updatedAt) {
	}

	/** Either the checked steps, or the problems found (as message codes with arguments). */
	record Result(List<CheckedStep> steps, String ladderRung, List<DefaultMessageSourceResolvable> problems,
			Answers answers, List<Rating> ratings) {

		Result(List<CheckedStep> steps, String ladderRung, List<DefaultMessageSourceResolvable> problems) {
			this(steps, ladderRung, problems, null, null);
		}

		boolean isValid() {
			return this.problems.isEmpty();
		}

	}

	Result check(byte[] content, String slug, List<String> stepKeys, List<ActionOutline> actions,
			List<String> rungKeys) {
		if (content.length == 0) {
			return rejected("progress.import.empty");
		}
		if (content.length > MAX_BYTES) {
			return rejected("progress.import.tooLarge", MAX_BYTES / 1024);
		}
		JsonNode tree;
		ProgressFile file;
		try {
			tree = this.reader.readTree(withoutByteOrderMark(content));
			if (tree == null || !tree.isObject()) {
				return rejected("progress.import.notProgress");
			}
			if (!ProgressFile.FORMAT.equals(tree.path("format").asString(null))) {
				return rejected("progress.import.notProgress");
			}
			JsonNode version = tree.path("version");
			// A whole number, written as one: not "1", not 1.0 or 1.5
			if (!version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() != ProgressFile.VERSION) {
				return rejected("progress.import.version", version.isMissingNode() ? "?" : version.toString());
			}
			file = this.reader.forType(ProgressFile.class).readValue(tree);
		}
		catch (JacksonException ex) {
			return rejected("progress.import.notJson");
		}
		if (file == null || file.steps() == null) {
			return rejected("progress.import.notProgress");
		}
		if (!slug.equals(file.career())) {
			return rejected("progress.import.otherCareer", String.valueOf(file.career()));
		}
		Map<String, Set<String>> actionKeys = actions.stream()
			.collect(Collectors.groupingBy(ActionOutline::stepKey, Collectors.mapping(ActionOutline::key, Collectors.toSet())));
		List<DefaultMessageSourceResolvable> problems = new ArrayList<>();
		List<CheckedStep> checked = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (ProgressFile.Step step : file.steps()) {
			if (step == null) {
				problems.add(problem("progress.import.notProgress"));
				continue;
			}
			if (Boolean.TRUE.equals(step.retired())) {
				continue; // a step the roadmap no longer has: nothing to restore it to
			}
			String key = String.valueOf(step.key());
			if (!stepKeys.contains(key)) {
				problems.add(problem("progress.import.unknownStep", key));
				continue;
			}
			if (!seen.add(key)) {
				problems.add(problem("progress.import.duplicate", key));
				continue;
			}
			checked.add(checkStep(key, step, actionKeys.getOrDefault(key, Set.of()), problems));
		}
		if (file.ladderRung() != null && !rungKeys.contains(file.ladderRung())) {
			problems.add(problem("progress.import.unknownRung", file.ladderRung()));
		}
		Answers answers = AdvisorFileCheck.answers(file.advisor(), problems);
		List<Rating> ratings = AdvisorFileCheck.ratings(file.ratings(), problems);
		if (!problems.isEmpty()) {
			// A copy, never a view: the whole list of a hostile file's problems must not outlive this call.
			return new Result(List.of(), null, List.copyOf(problems.subList(0, Math.min(MAX_PROBLEMS, problems.size()))));
		}
		return new Result(checked, file.ladderRung(), List.of(), answers, ratings);
	}

	private CheckedStep checkStep(String key, ProgressFile.Step step, Set<String> knownActions,
			List<DefaultMessageSourceResolvable> problems) {
		StepStatus status = StepStatus.NOT_STARTED;
		try {
			status = (step.status() != null) ? StepStatus.valueOf(step.status()) : StepStatus.NOT_STARTED;
		}
		catch (IllegalArgumentException ex) {
			problems.add(problem("progress.import.status", key, step.status()));
		}
		LocalDate completedOn = null;
		if (step.completedOn() != null) {
			try {
				completedOn = LocalDate.parse(step.completedOn());
			}
			catch (DateTimeParseException ex) {
				problems.add(problem("progress.import.date", key, step.completedOn()));
			}
		}
		StepDetails details = new StepDetails(step.note(), completedOn, step.evidenceUrl());
		for (ConstraintViolation<StepDetails> violation : this.validator.validate(details)) {
			problems.add(detailsProblem(key, step, violation));
		}
		Set<String> actionsDone = new HashSet<>();
		if (step.actionsDone() != null) {
			for (String action : step.actionsDone()) {
				if (!knownActions.contains(action)) {
					problems.add(problem("progress.import.unknownAction", key, String.valueOf(action)));
				}
				actionsDone.add(action);
			}
		}
		Instant updatedAt = this.clock.instant();
		if (step.updatedAt() != null) {
			try {
				Instant stated = Instant.parse(step.updatedAt());
				if (stated.isBefore(EARLIEST_CHANGE)) {
					problems.add(problem("progress.import.date", key, step.updatedAt()));
				}
				updatedAt = stated.isAfter(updatedAt) ? updatedAt : stated;
			}
			catch (DateTimeParseException ex) {
				problems.add(problem("progress.import.date", key, step.updatedAt()));
			}
		}
		return new CheckedStep(key, status, details, actionsDone, updatedAt);
	}

	/** The form's constraint, worded for a file: which step, and what is wrong with it. */
	private static DefaultMessageSourceResolvable detailsProblem(String key, ProgressFile.Step step,
			ConstraintViolation<StepDetails> violation) {
		String field = violation.getPropertyPath().toString();
		boolean future = violation.getConstraintDescriptor().getAnnotation() instanceof PastOrPresent;
		return switch (field) {
			case "note" -> problem("progress.import.note", key, StepDetails.MAX_NOTE);
			case "completedOn" -> problem(future ? "progress.import.future" : "progress.import.date", key,
					step.completedOn());
			default -> problem("progress.import.link", key);
		};
	}

	/** A file saved by a Windows editor may start with a byte-order mark: it is not part of the JSON. */
	private static String withoutByteOrderMark(byte[] content) {
		String text = new String(content, StandardCharsets.UTF_8);
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	private static String abbreviate(String text) {
		return (text.length() > 60) ? text.substring(0, 60) + "…" : text;
	}

	private static Result rejected(String code, Object... arguments) {
		return new Result(List.of(), null, List.of(problem(code, arguments)));
	}

	/** A problem as a message code with its arguments; text from the file is cut short, to be shown, not kept. */
	private static DefaultMessageSourceResolvable problem(String code, Object... arguments) {
		Object[] shown = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			shown[i] = (arguments[i] instanceof String text) ? abbreviate(text) : arguments[i];
		}
		return new DefaultMessageSourceResolvable(new String[] { code }, shown);
	}

}
