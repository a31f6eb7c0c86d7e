package org.careerpath.progress;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Builds what a change sent with fetch gets back: the step's and the roadmap's state, with the page's texts. */
@Component
class ProgressUpdates {

	private final RoadmapContent content;

	private final MessageSource messages;

	ProgressUpdates(RoadmapContent content, MessageSource messages) {
		this.content = content;
		this.messages = messages;
	}

	ProgressUpdate of(String slug, String stepKey, CareerProgress progress, Locale locale) {
		CareerProgress.StepState state = progress.step(stepKey);
		List<String> actions = List.copyOf(this.content.actionKeys(slug, stepKey));
		long actionsDone = state.countDone(actions);
		return new ProgressUpdate(stepKey, state.status().name(), message(state.status().getLabelKey(), locale),
				state.status().getIcon(), state.isDone(), progress.done(), progress.total(), progress.skipped(),
				message("progress.summary", locale, progress.done(), progress.total()),
				message("progress.skipped", locale, progress.skipped()), actionsDone, actions.size(),
				message("progress.actions", locale, actionsDone, actions.size()), state.offersDone(actions),
				progress.nextStepKey(), progress.isEmpty(),
				message("progress.step.savedAs", locale, message(state.status().getLabelKey(), locale), actionsDone,
						actions.size()));
	}

	private String message(String code, Locale locale, Object... arguments) {
		return this.messages.getMessage(code, arguments, locale);
	}

}
