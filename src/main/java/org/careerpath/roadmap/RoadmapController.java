package org.careerpath.roadmap;

import org.careerpath.progress.Person;
import org.careerpath.progress.ProgressQueries;
import org.careerpath.system.SharedPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** The roadmap of a career and its steps. */
@Controller
@RequestMapping("/careers/{slug}")
class RoadmapController {

	private final RoadmapService roadmaps;

	private final ProgressQueries progress;

	RoadmapController(RoadmapService roadmaps, ProgressQueries progress) {
		this.roadmaps = roadmaps;
		this.progress = progress;
	}

	@SharedPage
	@GetMapping("/roadmap")
	String showRoadmap(@PathVariable String slug, Person person, Model model) {
		RoadmapView page = this.roadmaps.roadmap(slug);
		model.addAttribute("section", "roadmap");
		model.addAttribute("page", page);
		model.addAttribute("progress", this.progress.forCareer(person, slug, page.stepKeys()));
		return "careers/roadmap";
	}

	@SharedPage
	@GetMapping("/steps/{stepKey}")
	String showStep(@PathVariable String slug, @PathVariable String stepKey, Person person, Model model) {
		StepView page = this.roadmaps.step(slug, stepKey);
		model.addAttribute("section", "roadmap");
		model.addAttribute("page", page);
		model.addAttribute("progress", this.progress.forCareer(person, slug, page.stepKeys()));
		return "careers/step";
	}

}
