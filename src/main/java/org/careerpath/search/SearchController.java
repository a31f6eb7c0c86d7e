package org.careerpath.search;

import org.careerpath.system.SharedPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page: the header's box and the page's own form both ask it with GET, so results can be shared. */
@Controller
class SearchController {

	private final Searches searches;

	SearchController(Searches searches) {
		this.searches = searches;
	}

	@SharedPage
	@GetMapping("/search")
	String showResults(@RequestParam(name = "q", required = false) String query,
			@RequestParam(required = false) String career, @RequestParam(required = false) String page, Model model) {
		SearchPage results = this.searches.search(query, career, page);
		model.addAttribute("search", results);
		model.addAttribute("searchQuery", results.query());
		return "search/results";
	}

}
