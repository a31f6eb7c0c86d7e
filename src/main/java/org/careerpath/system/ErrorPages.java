package org.careerpath.system;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Answers that end in the site's error page (error.html), or the JSON API's problem document, for filters that run
 * before any controller.
 */
final class ErrorPages {

	private ErrorPages() {
	}

	/** The page, or for the JSON API its problem document; both say when to try again. */
	static void tooManyRequests(HttpServletRequest request, HttpServletResponse response, Duration retryAfter)
			throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, retryAfter.toSeconds())));
		if (Problems.isApi(request)) {
			Problems.write(request, response, Problems.Kind.TOO_MANY_REQUESTS);
		}
		else {
			response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
		}
	}

}
