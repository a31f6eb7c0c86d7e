package org.careerpath.salary;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A career's salary bands by level. */
@Controller
class SalaryController {

	private final SalaryService salaries;

	SalaryController(SalaryService salaries) {
		this.salaries = salaries;
	}

	@GetMapping("/careers/{slug}/salaries")
	String showSalaries(@PathVariable String slug, Model model) {
		model.addAttribute("section", "salaries");
		model.addAttribute("page", this.salaries.salaries(slug));
		return "careers/salaries";
	}

}
