package org.careerpath.progress;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

/** Builds a {@link CareerProgress} from a profile's rows: 2 queries, or none from rows already read. */
@Component
class ProgressReader {

	private final StepProgressRepository steps;

	private final ActionProgressRepository actions;

	ProgressReader(StepProgressRepository steps, ActionProgressRepository actions) {
		this.steps = steps;
		this.actions = actions;
	}

	/** Progress against the roadmap's current steps, in roadmap order. */
	CareerProgress read(long profileId, String slug, List<String> stepKeys) {
		return of(slug, stepKeys, this.steps.findByProfileIdAndCareerSlug(profileId, slug),
				this.actions.findByProfileIdAndCareerSlug(profileId, slug));
	}

	/** Progress from rows already read. */
	static CareerProgress of(String slug, List<String> stepKeys, Collection<StepProgress> rows,
			Collection<ActionProgress> actions) {
		Map<String, Set<String>> ticked = new HashMap<>();
		for (ActionProgress action : actions) {
			ticked.computeIfAbsent(action.getStepKey(), k -> new HashSet<>()).add(action.getActionKey());
		}
		Map<String, StepProgress> byKey = new HashMap<>();
		rows.forEach(row -> byKey.put(row.getStepKey(), row));
		return assemble(slug, stepKeys, byKey, ticked);
	}

	static CareerProgress empty(String slug, List<String> stepKeys) {
		return assemble(slug, stepKeys, Map.of(), Map.of());
	}

	private static CareerProgress assemble(String slug, List<String> stepKeys, Map<String, StepProgress> rows,
			Map<String, Set<String>> ticked) {
		Map<String, CareerProgress.StepState> states = new LinkedHashMap<>();
		int done = 0;
		int skipped = 0;
		int inProgress = 0;
		String next = null;
		for (String key : stepKeys) {
			CareerProgress.StepState state = state(key, rows.get(key), ticked.getOrDefault(key, Set.of()));
			states.put(key, state);
			switch (state.status()) {
				case DONE -> done++;
				case SKIPPED -> skipped++;
				case IN_PROGRESS -> inProgress++;
				case NOT_STARTED -> {
				}
			}
			if (next == null && state.status() != StepStatus.DONE && state.status() != StepStatus.SKIPPED) {
				next = key;
			}
		}
		List<CareerProgress.StepState> retired = new ArrayList<>();
		Set<String> current = new HashSet<>(stepKeys);
		Set<String> retiredKeys = new TreeSet<>(rows.keySet());
		retiredKeys.addAll(ticked.keySet());
		retiredKeys.removeAll(current);
		for (String key : retiredKeys) {
			retired.add(state(key, rows.get(key), ticked.getOrDefault(key, Set.of())));
		}
		return new CareerProgress(slug, states, stepKeys.size(), done, skipped, inProgress, next, retired);
	}

	private static CareerProgress.StepState state(String key, StepProgress row, Set<String> ticked) {
		if (row == null) {
			return new CareerProgress.StepState(key, StepStatus.NOT_STARTED, Set.copyOf(ticked), null, null, null, null);
		}
		return new CareerProgress.StepState(key, row.getStatus(), Set.copyOf(ticked), row.getNote(), row.getCompletedOn(),
				row.getEvidenceUrl(), row.getUpdatedAt());
	}

}
