package org.careerpath.progress;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.careerpath.career.CareerHeader;
import org.careerpath.career.CareerRepository;
import org.careerpath.career.ContentNotFoundException;
import org.careerpath.career.Paragraphs;
import org.careerpath.career.RoadmapStep;
import org.careerpath.career.RoadmapStepRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** View models of the progress pages: the guide's steps with the person's state of each. */
@Service
@Transactional(readOnly = true)
class ProgressPages {

	private final CareerRepository careers;

	private final RoadmapStepRepository steps;

	private final ProgressProfiles profiles;

	private final ProgressReader reader;

	private final RoadmapContent content;

	ProgressPages(CareerRepository careers, RoadmapStepRepository steps, ProgressProfiles profiles,
			ProgressReader reader, RoadmapContent content) {
		this.content = content;
		this.careers = careers;
		this.steps = steps;
		this.profiles = profiles;
		this.reader = reader;
	}

	void requireStep(String slug, String stepKey) {
		this.content.requireStep(slug, stepKey);
	}

	CareerHeader career(String slug) {
		return this.careers.findHeaderBySlug(slug).orElseThrow(() -> ContentNotFoundException.career(slug));
	}

	/** 2 queries for content, 3 more for a person with progress. */
	ProgressPage page(Person person, String slug) {
		CareerHeader career = career(slug);
		Optional<Long> profileId = this.profiles.find(person);
		List<RoadmapStep> roadmap = this.steps.findWithActionsByCareerSlug(slug);
		List<String> keys = roadmap.stream().map(RoadmapStep::getKey).toList();
		CareerProgress progress = profileId.map(id -> this.reader.read(id, slug, keys))
			.orElseGet(() -> ProgressReader.empty(slug, keys));
		List<ProgressPage.Step> items = roadmap.stream()
			.map(step -> new ProgressPage.Step(step.getKey(), step.getPosition(), step.getTitle(), step.getSummary(),
					Paragraphs.of(step.getBody()),
					step.getActions().stream().map(action -> new ProgressPage.Action(action.getKey(), action.getLabel())).toList(),
					progress.step(step.getKey())))
			.toList();
		Map<String, String> retiredTitles = progress.retired().isEmpty() ? Map.of() : this.content.retiredTitles(slug);
		return new ProgressPage(career, progress, items, ProgressPage.Filter.ALL, retiredTitles);
	}

	/** One step of the page with its career, for the details form. */
	StepPage step(Person person, String slug, String stepKey) {
		ProgressPage page = page(person, slug);
		return page.steps()
			.stream()
			.filter(item -> item.key().equals(stepKey))
			.findFirst()
			.map(step -> new StepPage(page.career(), step))
			.orElseThrow(() -> ContentNotFoundException.step(slug, stepKey));
	}

	record StepPage(CareerHeader career, ProgressPage.Step step) {
	}

}
