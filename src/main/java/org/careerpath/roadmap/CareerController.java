package org.careerpath.roadmap;

import java.util.Locale;

import org.careerpath.progress.Person;
import org.careerpath.progress.ProgressQueries;
import org.careerpath.system.SharedPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** A career's reading pages besides the roadmap: overview, skills, ladder, responsibilities, FAQ. */
@Controller
@RequestMapping("/careers/{slug}")
class CareerController {

	private final RoadmapService roadmaps;

	private final ProgressQueries progress;

	CareerController(RoadmapService roadmaps, ProgressQueries progress) {
		this.roadmaps = roadmaps;
		this.progress = progress;
	}

	@SharedPage
	@GetMapping
	String showOverview(@PathVariable String slug, Locale locale, Model model) {
		return show(model, "overview", this.roadmaps.overview(slug, locale));
	}

	@SharedPage
	@GetMapping("/skills")
	String showSkills(@PathVariable String slug, Model model) {
		return show(model, "skills", this.roadmaps.skills(slug));
	}

	@SharedPage
	@GetMapping("/ladder")
	String showLadder(@PathVariable String slug, Person person, Model model) {
		LadderView ladder = this.roadmaps.ladder(slug);
		return show(model, "ladder",
				this.progress.ladderPosition(person, slug).map(ladder::placedOn).orElse(ladder));
	}

	@SharedPage
	@GetMapping("/responsibilities")
	String showResponsibilities(@PathVariable String slug, Model model) {
		return show(model, "responsibilities", this.roadmaps.responsibilities(slug));
	}

	@SharedPage
	@GetMapping("/faq")
	String showFaq(@PathVariable String slug, Model model) {
		return show(model, "faq", this.roadmaps.faq(slug));
	}

	private static String show(Model model, String section, Object page) {
		model.addAttribute("section", section);
		model.addAttribute("page", page);
		return "careers/" + section;
	}

}
