package org.careerpath.progress;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.careerpath.career.ActionOutline;
import org.careerpath.career.CareerRepository;
import org.careerpath.career.ContentNotFoundException;
import org.careerpath.career.LadderRungRepository;
import org.careerpath.career.Paragraphs;
import org.careerpath.career.RetiredStep;
import org.careerpath.career.RoadmapStepRepository;
import org.careerpath.career.StepOutline;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What progress needs to know of a guide: which careers, steps, actions and rungs exist now. Every change checks its
 * keys here first, so an unknown one is a 404 and changes nothing.
 */
@Component
@Transactional(readOnly = true)
class RoadmapContent {

	private final CareerRepository careers;

	private final RoadmapStepRepository steps;

	private final LadderRungRepository rungs;

	RoadmapContent(CareerRepository careers, RoadmapStepRepository steps, LadderRungRepository rungs) {
		this.careers = careers;
		this.steps = steps;
		this.rungs = rungs;
	}

	/**
	 * The steps as the checklist shows them, text and actions: the same for everyone, so kept in the content cache
	 * until a guide changes. None for a career that is gone.
	 */
	@Cacheable("content.checklist")
	List<ChecklistStep> checklist(String slug) {
		return this.steps.findWithActionsByCareerSlug(slug)
			.stream()
			.map(step -> new ChecklistStep(step.getKey(), step.getPosition(), step.getTitle(), step.getSummary(),
					Paragraphs.of(step.getBody()),
					step.getActions()
						.stream()
						.map(action -> new ProgressPage.Action(action.getKey(), action.getLabel()))
						.toList()))
			.toList();
	}

	/** One step of the checklist without anyone's progress. */
	record ChecklistStep(String key, int position, String title, String summary, List<String> paragraphs,
			List<ProgressPage.Action> actions) {
	}

	/** The career's steps in roadmap order; none for a career that is gone (its progress is then all retired). */
	List<StepOutline> outline(String slug) {
		return this.steps.findOutlinesByCareerSlug(slug);
	}

	/** The career's steps in roadmap order; a career without steps yet exists all the same. */
	List<StepOutline> requireCareer(String slug) {
		List<StepOutline> outline = outline(slug);
		if (outline.isEmpty() && !this.careers.existsBySlug(slug)) {
			throw ContentNotFoundException.career(slug);
		}
		return outline;
	}

	/** The last titles of the career's retired steps, by key: one query, and only when asked. */
	Map<String, String> retiredTitles(String slug) {
		return this.steps.findRetiredByCareerSlug(slug)
			.stream()
			.collect(Collectors.toMap(RetiredStep::getKey, RetiredStep::getTitle));
	}

	List<String> stepKeys(String slug) {
		return requireCareer(slug).stream().map(StepOutline::key).toList();
	}

	/** The career's step keys in roadmap order, having checked that the step is one of them. */
	List<String> requireStep(String slug, String stepKey) {
		List<String> keys = stepKeys(slug);
		if (!keys.contains(stepKey)) {
			throw ContentNotFoundException.step(slug, stepKey);
		}
		return keys;
	}

	/** The checklist action keys of a step (none for a step the career does not have: check it first). */
	Set<String> actionKeys(String slug, String stepKey) {
		return actions(slug).stream()
			.filter(action -> action.stepKey().equals(stepKey))
			.map(ActionOutline::key)
			.collect(Collectors.toSet());
	}

	/** Every action of the career, in roadmap order. */
	List<ActionOutline> actions(String slug) {
		return this.steps.findActionOutlinesByCareerSlug(slug);
	}

	/** The step's action keys, having checked that the given ones are among them (the step itself is checked apart). */
	Set<String> requireActions(String slug, String stepKey, Set<String> actionKeys) {
		Set<String> known = actionKeys(slug, stepKey);
		actionKeys.stream()
			.filter(key -> !known.contains(key))
			.findFirst()
			.ifPresent(unknown -> {
				throw ContentNotFoundException.action(slug, stepKey, unknown);
			});
		return known;
	}

	List<String> rungKeys(String slug) {
		requireCareer(slug);
		return this.rungs.findKeysByCareerSlug(slug);
	}

	/** Null is no rung: nothing to check but the career. */
	void requireRung(String slug, String rungKey) {
		if (rungKey == null) {
			requireCareer(slug);
		}
		else if (!rungKeys(slug).contains(rungKey)) {
			throw ContentNotFoundException.rung(slug, rungKey);
		}
	}

}
