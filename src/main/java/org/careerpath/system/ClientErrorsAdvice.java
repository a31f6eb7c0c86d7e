package org.careerpath.system;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Requests the client got wrong, answered with the site's error page and a message that says what to do; each is
 * logged as one WARN line at most, never with a stack trace.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ClientErrorsAdvice {

	private static final Logger log = LoggerFactory.getLogger(ClientErrorsAdvice.class);

	@ExceptionHandler(TooManyRequestsException.class)
	String tooManyRequests(TooManyRequestsException ex, HttpServletResponse response, Model model) {
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, ex.getRetryAfter().toSeconds())));
		return page(HttpStatus.TOO_MANY_REQUESTS, response, model);
	}

	/** Larger than the site takes anywhere (a progress file is at most 256 KB). */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String uploadTooLarge(MaxUploadSizeExceededException ex, HttpServletResponse response, Model model) {
		log.warn("Upload refused: larger than the site takes");
		return page(HttpStatus.CONTENT_TOO_LARGE, response, model);
	}

	/** A form upload whose body cannot be read: cut off, malformed, or with too many parts. */
	@ExceptionHandler(MultipartException.class)
	String brokenUpload(MultipartException ex, HttpServletResponse response, Model model) {
		log.warn("Upload refused: the form could not be read ({})", ex.getClass().getSimpleName());
		return page(HttpStatus.BAD_REQUEST, response, model);
	}

	private static String page(HttpStatus status, HttpServletResponse response, Model model) {
		response.setStatus(status.value());
		model.addAttribute("status", status.value());
		return "error";
	}

}
