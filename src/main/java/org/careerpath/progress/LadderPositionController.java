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

	private final ProgressService progress;

	private final ProgressOwner owner;

	LadderPositionController(ProgressService progress, ProgressOwner owner) {
		this.progress = progress;
		this.owner = owner;
	}

	@PostMapping("/careers/{slug}/ladder/position")
	String processPosition(@PathVariable String slug, @RequestParam(required = false) String rung,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		String rungKey = (rung == null || rung.isBlank()) ? null : rung;
		this.progress.requireRung(slug, rungKey); // before anything is created for the visitor
		long profileId = this.owner.findOrCreate(request, response);
		this.progress.setLadderPosition(profileId, slug, rungKey);
		redirect.addFlashAttribute("flash", (rungKey != null) ? "ladder.position.saved" : "ladder.position.cleared");
		return "redirect:/careers/" + slug + "/ladder" + ((rungKey != null) ? "#rung-" + rungKey : "");
	}

}
