package org.careerpath.progress;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "I am here" on a career's ladder, kept with the person's progress (guest or account). */
@Controller
class LadderPositionController {

	private final LadderPositions positions;

	LadderPositionController(LadderPositions positions) {
		this.positions = positions;
	}

	@PostMapping("/careers/{slug}/ladder/position")
	String processPosition(@PathVariable String slug, @RequestParam(required = false) String rung, Person person,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		String rungKey = (rung == null || rung.isBlank()) ? null : rung;
		GuestCookie.keep(this.positions.place(person, slug, rungKey), request, response);
		redirect.addFlashAttribute("flash", (rungKey != null) ? "ladder.position.saved" : "ladder.position.cleared");
		if (rungKey != null) {
			redirect.addFlashAttribute("flashStep", rungKey); // shown by the rung the page lands on
		}
		return "redirect:" + ProgressAddresses.ladder(slug, rungKey);
	}

}
