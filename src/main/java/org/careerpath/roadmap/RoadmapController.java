package org.careerpath.roadmap;

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

	RoadmapController(RoadmapService roadmaps) {
		this.roadmaps = roadmaps;
	}

	@GetMapping("/roadmap")
	String showRoadmap(@PathVariable String slug, Model model) {
		model.addAttribute("section", "roadmap");
		model.addAttribute("page", this.roadmaps.roadmap(slug));
		return "careers/roadmap";
	}

	@GetMapping("/steps/{stepKey}")
	String showStep(@PathVariable String slug, @PathVariable String stepKey, Model model) {
		model.addAttribute("section", "roadmap");
		model.addAttribute("page", this.roadmaps.step(slug, stepKey));
		return "careers/step";
	}

}
