package org.careerpath.salary;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.careerpath.system.SharedPage;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A career's salary bands by level, with a chart, a comparison of any two levels and "where would I be?". Both
 * forms are GET, so a result's address can be shared and bookmarked; bad input answers 400 with the page explaining.
 */
@Controller
class SalaryController {

	private final SalaryService salaries;

	SalaryController(SalaryService salaries) {
		this.salaries = salaries;
	}

	@SharedPage
	@GetMapping("/careers/{slug}/salaries")
	String showSalaries(@PathVariable String slug, @RequestParam(required = false) String compare,
			@RequestParam(required = false) String with, @RequestParam(required = false) String years, Locale locale,
			Model model, HttpServletResponse response) {
		SalariesView page = this.salaries.salaries(slug, new SalaryQuery(compare, with, years), locale);
		if (page.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		model.addAttribute("section", "salaries");
		model.addAttribute("page", page);
		return "careers/salaries";
	}

}
