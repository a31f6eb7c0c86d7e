package org.careerpath.system;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the JSON API ({@code /api/}) answers an error, wherever it is found (a filter, Spring Security or a controller):
 * an RFC 9457 problem document, {@code application/problem+json}, whose {@code type} names the kind of error and never
 * changes. The types are listed in the README.
 */
public final class Problems {

	/** The address space of the JSON API. */
	public static final String API_PATH = "/api/";

	private static final String TYPE_PREFIX = "urn:careerpath:problem:";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The kinds of error, each with its status and stable type. */
	public enum Kind {

		NOT_FOUND(HttpStatus.NOT_FOUND, "The API has no such address for this method; its addresses are listed at "
				+ "/v3/api-docs."),
		INVALID_REQUEST(HttpStatus.BAD_REQUEST,
				"The API cannot take this request as it is; its addresses are listed at /v3/api-docs."),
		INVALID_PROGRESS_FILE(HttpStatus.BAD_REQUEST,
				"The progress file was not imported, and nothing changed: see errors."),
		CSRF_TOKEN(HttpStatus.FORBIDDEN, "A change needs this visitor's CSRF token in the X-XSRF-TOKEN header: "
				+ "GET /api/v1/csrf gives it (and its cookie)."),
		METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "No address of the API takes this method."),
		NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "The API answers UTF-8 application/json only: accept that (or */*)."),
		TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE,
				"The body is larger than the API takes (a progress file is at most 256 KB)."),
		UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json."),
		TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS,
				"Too many requests of this kind from this address: try again after the Retry-After seconds."),
		SERVER_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; please try again later."),
		UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE,
				"The site cannot reach its data for a moment; nothing is lost: try again after the Retry-After seconds.");

		private final HttpStatus status;

		private final String detail;

		Kind(HttpStatus status, String detail) {
			this.status = status;
			this.detail = detail;
		}

		public HttpStatus status() {
			return this.status;
		}

		/** What went wrong and what to do, when nothing more particular is known. */
		public String detail() {
			return this.detail;
		}

		/** "urn:careerpath:problem:not-found". */
		public String type() {
			return TYPE_PREFIX + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

	/** Characters of the address a problem repeats at most (an address may be tens of kilobytes). */
	static final int MAX_ECHO = 200;

	private Problems() {
	}

	public static boolean isApi(HttpServletRequest request) {
		return isApi(request.getRequestURI(), request.getContextPath());
	}

	static boolean isApi(String uri, String contextPath) {
		return uri != null && (uri.startsWith(contextPath + API_PATH) || uri.equals(contextPath + "/api"));
	}

	/** The kind for an HTTP status found elsewhere (an error page's), when there is one. */
	static Optional<Kind> kindOf(int status) {
		return Arrays.stream(Kind.values())
			.filter(kind -> kind.status().value() == status && kind != Kind.INVALID_PROGRESS_FILE)
			.findFirst();
	}

	/** At most {@value #MAX_ECHO} characters of a value the caller sent, to repeat in a problem. */
	public static String echo(String value) {
		return (value == null || value.length() <= MAX_ECHO) ? value : value.substring(0, MAX_ECHO) + "…";
	}

	/** Writes the problem, with its kind's own detail, as the whole answer. */
	public static void write(HttpServletRequest request, HttpServletResponse response, Kind kind) throws IOException {
		write(request, response, kind, kind.detail(), Map.of());
	}

	/**
	 * Writes the problem as the whole answer.
	 * @param detail what went wrong and what to do, in plain words
	 * @param extra members beside the standard ones (a field's name, a list of errors), or none
	 */
	public static void write(HttpServletRequest request, HttpServletResponse response, Kind kind, String detail,
			Map<String, Object> extra) throws IOException {
		write(request.getRequestURI(), response, kind, detail, extra);
	}

	static void write(String instance, HttpServletResponse response, Kind kind, String detail,
			Map<String, Object> extra) throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", kind.type());
		problem.put("title", kind.status().getReasonPhrase());
		problem.put("status", kind.status().value());
		problem.put("detail", detail);
		problem.put("instance", echo(instance));
		problem.putAll(extra);
		response.resetBuffer();
		response.setStatus(kind.status().value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().cachePrivate().getHeaderValue());
		response.getWriter().write(JSON.writeValueAsString(problem));
		response.flushBuffer();
	}

}
