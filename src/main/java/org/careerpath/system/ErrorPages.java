package org.careerpath.system;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** Answers that end in the site's error page (error.html), for filters that run before any controller. */
final class ErrorPages {

	private ErrorPages() {
	}

	static void tooManyRequests(HttpServletResponse response, Duration retryAfter) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, retryAfter.toSeconds())));
		response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
	}

}
