package org.careerpath.progress;

import java.util.List;
import java.util.Optional;

import org.careerpath.career.CareerHeader;
import org.careerpath.career.CareerRepository;
import org.careerpath.career.ContentNotFoundException;
import org.careerpath.career.Paragraphs;
import org.careerpath.career.RoadmapStep;
import org.careerpath.career.RoadmapStepRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/** View models of the progress pages: the guide's steps with the person's state of each. */
@Service
@Transactional(readOnly = true)
class ProgressPages {

	private final CareerRepository careers;

	private final RoadmapStepRepository steps;

	private final ProgressReader reader;

	ProgressPages(CareerRepository careers, RoadmapStepRepository steps, ProgressReader reader) {
		this.careers = careers;
		this.steps = steps;
		this.reader = reader;
	}

	CareerHeader career(String slug) {
		return this.careers.findHeaderBySlug(slug).orElseThrow(() -> ContentNotFoundException.career(slug));
	}

	/** 2 queries for content, 2 more for a person with progress. */
	ProgressPage page(Optional<Long> profileId, String slug) {
		CareerHeader career = career(slug);
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
		return new ProgressPage(career, progress, items);
	}

	/** One step of the page, for the details form; puts the career and step in the model. */
	ProgressPage.Step step(Optional<Long> profileId, String slug, String stepKey, Model model) {
		ProgressPage page = page(profileId, slug);
		ProgressPage.Step step = page.steps()
			.stream()
			.filter(item -> item.key().equals(stepKey))
			.findFirst()
			.orElseThrow(() -> ContentNotFoundException.step(slug, stepKey));
		model.addAttribute("career", page.career());
		model.addAttribute("step", step);
		model.addAttribute("section", "progress");
		return step;
	}

}
