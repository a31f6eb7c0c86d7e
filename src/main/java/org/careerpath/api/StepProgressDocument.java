package org.careerpath.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.careerpath.progress.StepStatus;

/**
 * The asking person's state of one roadmap step, with the roadmap's counts.
 *
 * @param updatedAt when the step was last changed; null if never
 */
record StepProgressDocument(String career, String step, String title, StepStatus status, List<ActionState> actions,
		String note, LocalDate completedOn, String evidenceUrl, Instant updatedAt, RoadmapCounts roadmap) {

	record ActionState(String key, String label, boolean done) {
	}

	/** Steps of the roadmap done, skipped and in all. */
	record RoadmapCounts(int done, int skipped, int total) {
	}

}
