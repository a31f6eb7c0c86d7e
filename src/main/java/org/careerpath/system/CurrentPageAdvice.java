package org.careerpath.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page knows its own address, so "Sign in" and "Register" can bring the person back to it afterwards. */
@ControllerAdvice
class CurrentPageAdvice {

	@ModelAttribute("here")
	String here(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return ContinueAddress.of(path).orElse(null);
	}

}
