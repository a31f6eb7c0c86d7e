package org.careerpath.roadmap;

import org.careerpath.system.SharedPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the catalogue of careers. */
@Controller
class CatalogueController {

	private final RoadmapService roadmaps;

	CatalogueController(RoadmapService roadmaps) {
		this.roadmaps = roadmaps;
	}

	@SharedPage
	@GetMapping("/")
	String showCatalogue(Model model) {
		model.addAttribute("careers", this.roadmaps.catalogue());
		return "careers/catalogue";
	}

}
