package org.careerpath.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.careerpath.career.ContentNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * A person's own progress for other modules (the JSON API): one step's state read and set, and the progress file out
 * and in. Always the progress of the {@link Person} given, which comes from the request's sign-in or guest cookie,
 * never from an id the caller chose. The rules are those of the pages: this only passes values through.
 */
@Service
public class OwnProgress {

	private final RoadmapContent content;

	private final ProgressQueries queries;

	private final ProgressChanges changes;

	private final ProgressTransfer transfer;

	private final MessageSource messages;

	OwnProgress(RoadmapContent content, ProgressQueries queries, ProgressChanges changes, ProgressTransfer transfer,
			MessageSource messages) {
		this.content = content;
		this.queries = queries;
		this.changes = changes;
		this.transfer = transfer;
		this.messages = messages;
	}

	/** The step's state, its actions in order with which are ticked, and the roadmap's counts. */
	public StepState step(Person person, String slug, String stepKey) {
		List<String> stepKeys = this.content.requireStep(slug, stepKey);
		return state(slug, stepKey, this.queries.forCareer(person, slug, stepKeys));
	}

	/**
	 * Sets the step's status and exactly which of its actions are ticked, as the step's form does; an unknown step or
	 * action is not found. A guest's first change creates the guest, whose new token comes back to be kept.
	 */
	public Saved saveStep(Person person, String slug, String stepKey, StepStatus status, Set<String> actionsDone) {
		ProgressChanges.Change change = this.changes.saveStep(person, slug, stepKey, status, actionsDone);
		// The change answers with the roadmap's progress as it left it: nothing to read again
		return new Saved(state(slug, stepKey, change.progress()), change.guestToken());
	}

	/** The progress file, the same document as the checklist's download. */
	public ProgressFile export(Person person, String slug) {
		return this.transfer.export(person, slug);
	}

	/**
	 * Replaces the roadmap's progress with a progress file, all or nothing, with the checks of the checklist's import.
	 * A file that fails changes nothing and is answered with what is wrong, in the locale's words; one that passes
	 * with the progress as it now is.
	 */
	public Imported importFile(Person person, String slug, byte[] content, Locale locale) {
		ProgressTransfer.Imported imported = this.transfer.importFile(person, slug, content);
		if (!imported.isDone()) {
			return new Imported(imported.result()
				.problems()
				.stream()
				.map(problem -> this.messages.getMessage(problem, locale))
				.toList(), null, null);
		}
		return new Imported(List.of(), imported.guestToken(),
				this.transfer.export(owner(person, imported.guestToken()), slug));
	}

	/** The most a progress file may have, in bytes. */
	public static int maxFileBytes() {
		return ProgressImport.MAX_BYTES;
	}

	/** Whose progress it is after a change: a guest just created by it, or the person who made it. */
	private static Person owner(Person person, String newGuestToken) {
		return (newGuestToken != null) ? Person.guest(newGuestToken) : person;
	}

	/** The step's text and actions from the content cache, with the person's state of it. */
	private StepState state(String slug, String stepKey, CareerProgress progress) {
		RoadmapContent.ChecklistStep step = this.content.checklist(slug)
			.stream()
			.filter(candidate -> candidate.key().equals(stepKey))
			.findFirst()
			.orElseThrow(() -> ContentNotFoundException.step(slug, stepKey));
		CareerProgress.StepState state = progress.step(stepKey);
		List<Action> actions = step.actions()
			.stream()
			.map(action -> new Action(action.key(), action.label(), state.actionDone(action.key())))
			.toList();
		return new StepState(step.key(), step.title(), state.status(), actions, state.note(), state.completedOn(),
				state.evidenceUrl(), state.updatedAt(), progress.done(), progress.skipped(), progress.total());
	}

	/** One step's state with the roadmap's counts: steps done, skipped and in all. */
	public record StepState(String key, String title, StepStatus status, List<Action> actions, String note,
			LocalDate completedOn, String evidenceUrl, Instant updatedAt, int stepsDone, int stepsSkipped,
			int stepsTotal) {
	}

	public record Action(String key, String label, boolean done) {
	}

	/** The step after a change, and a new guest's token (null when the person already had one, or has an account). */
	public record Saved(StepState step, String guestToken) {
	}

	/**
	 * The problems of a file that failed (none: imported), a new guest's token, and the progress file after the
	 * import (null when it failed).
	 */
	public record Imported(List<String> problems, String guestToken, ProgressFile file) {

		public boolean isDone() {
			return this.problems.isEmpty();
		}

	}

}
