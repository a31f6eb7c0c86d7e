package org.careerpathtest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A page that always fails, imported by one test to see what a person sees when something breaks. It lives outside
 * org.careerpath so that no application context finds it by scanning.
 */
@Controller
public class FailingController {

	@GetMapping("/careers/test-only/failure")
	String fail() {
		throw new IllegalStateException("simulated failure");
	}

}
