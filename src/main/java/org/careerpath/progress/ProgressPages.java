package org.careerpath.progress;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.careerpath.career.CareerHeader;
import org.careerpath.career.CareerRepository;
import org.careerpath.career.ContentNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** View models of the progress pages: the guide's steps with the person's state of each. */
@Service
@Transactional(readOnly = true)
class ProgressPages {

	private final CareerRepository careers;

	private final ProgressProfiles profiles;

	private final ProgressReader reader;

	private final RoadmapContent content;

	ProgressPages(CareerRepository careers, ProgressProfiles profiles, ProgressReader reader, RoadmapContent content) {
		this.content = content;
		this.careers = careers;
		this.profiles = profiles;
		this.reader = reader;
	}

	void requireStep(String slug, String stepKey) {
		this.content.requireStep(slug, stepKey);
	}

	CareerHeader career(String slug) {
		return this.careers.findHeaderBySlug(slug).orElseThrow(() -> ContentNotFoundException.career(slug));
	}

	/** The content from the cache (2 queries when cold), 3 more for a person with progress. */
	ProgressPage page(Person person, String slug) {
		CareerHeader career = career(slug);
		Optional<Long> profileId = this.profiles.find(person);
		List<RoadmapContent.ChecklistStep> roadmap = this.content.checklist(slug);
		List<String> keys = roadmap.stream().map(RoadmapContent.ChecklistStep::key).toList();
		CareerProgress progress = profileId.map(id -> this.reader.read(id, slug, keys))
			.orElseGet(() -> ProgressReader.empty(slug, keys));
		List<ProgressPage.Step> items = roadmap.stream()
			.map(step -> new ProgressPage.Step(step.key(), step.position(), step.title(), step.summary(),
					step.paragraphs(), step.actions(), progress.step(step.key())))
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
