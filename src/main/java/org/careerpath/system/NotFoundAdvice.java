package org.careerpath.system;

import org.careerpath.career.ContentNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Missing careers and steps are a 404 page that says what was not found and where to go instead. */
@ControllerAdvice
class NotFoundAdvice {

	@ExceptionHandler(ContentNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String contentNotFound(ContentNotFoundException ex, Model model) {
		model.addAttribute("status", HttpStatus.NOT_FOUND.value());
		model.addAttribute("missing", ex.getKind().name().toLowerCase());
		model.addAttribute("slug", ex.getSlug());
		model.addAttribute("key", ex.getKey());
		return "error/404";
	}

}
