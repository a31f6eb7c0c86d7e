package org.careerpath.api;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.careerpath.career.ContentNotFoundException;
import org.careerpath.system.DatabaseOutage;
import org.careerpath.system.Problems;
import org.careerpath.system.TooManyRequestsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;

/**
 * Every error of an {@code /api/} request as a problem document ({@link Problems}), including those Spring MVC finds
 * before any API method is chosen (a media type it cannot give or take, a method the address has not). First among
 * the resolvers, and only for the API: pages keep their error pages. Anything unexpected is left to the site's usual
 * 500 handling.
 */
@Component
class ApiErrors implements HandlerExceptionResolver, Ordered {

	private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 1; // after Boot's DefaultErrorAttributes, which only notes the error
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!Problems.isApi(request) || response.isCommitted()) {
			return null;
		}
		ApiException problem = problem(ex);
		if (problem == null) {
			return null;
		}
		try {
			if (ex instanceof HttpRequestMethodNotSupportedException unsupported
					&& unsupported.getSupportedHttpMethods() != null) {
				response.setHeader(HttpHeaders.ALLOW, unsupported.getSupportedHttpMethods()
					.stream()
					.map(Object::toString)
					.collect(Collectors.joining(", ")));
			}
			if (ex instanceof TooManyRequestsException tooMany) {
				response.setHeader(HttpHeaders.RETRY_AFTER,
						String.valueOf(Math.max(1, tooMany.getRetryAfter().toSeconds())));
			}
			if (problem.kind() == Problems.Kind.UNAVAILABLE) {
				response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
			}
			Problems.write(request, response, problem.kind(), problem.getMessage(), problem.extra());
			return new ModelAndView();
		}
		catch (IOException writeFailed) {
			return null;
		}
	}

	private static ApiException problem(Exception ex) {
		if (ex instanceof ApiException api) {
			return api;
		}
		if (ex instanceof ContentNotFoundException missing && missing.getKind() == ContentNotFoundException.Kind.ACTION) {
			// Actions are named in a body, never in an API address: a bad value of that field
			return ApiException.invalid("actionsDone", "The step has no action '"
					+ Problems.echo(missing.getKey().substring(missing.getKey().indexOf('/') + 1)) + "'.");
		}
		if (ex instanceof ContentNotFoundException missing) {
			return new ApiException(Problems.Kind.NOT_FOUND, notFound(missing), Map.of());
		}
		if (ex instanceof NoResourceFoundException) {
			return kind(Problems.Kind.NOT_FOUND);
		}
		if (DatabaseOutage.is(ex)) {
			log.warn("The database is unavailable: {}", ex.getMessage());
			return kind(Problems.Kind.UNAVAILABLE);
		}
		if (ex instanceof MissingServletRequestParameterException missing) {
			return ApiException.invalid(missing.getParameterName(),
					"The parameter '" + missing.getParameterName() + "' is needed.");
		}
		if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
			return ApiException.invalid(mismatch.getName(),
					"The parameter '" + mismatch.getName() + "' has a value of the wrong kind.");
		}
		if (ex instanceof MethodArgumentNotValidException invalid) {
			return ApiException.withErrors(Problems.Kind.INVALID_REQUEST,
					"Some of the body's values are not valid: see errors.",
					invalid.getBindingResult()
						.getFieldErrors()
						.stream()
						.map(error -> new ApiException.FieldError(error.getField(), error.getDefaultMessage()))
						.toList());
		}
		if (ex instanceof HttpMessageNotReadableException unreadable) {
			return unreadable(unreadable);
		}
		if (ex instanceof HttpMediaTypeNotSupportedException) {
			return kind(Problems.Kind.UNSUPPORTED_MEDIA_TYPE);
		}
		if (ex instanceof HttpMediaTypeNotAcceptableException) {
			return kind(Problems.Kind.NOT_ACCEPTABLE);
		}
		if (ex instanceof HttpRequestMethodNotSupportedException unsupported) {
			return new ApiException(Problems.Kind.METHOD_NOT_ALLOWED, "This address does not take "
					+ unsupported.getMethod() + "; the Allow header says what it takes.", Map.of());
		}
		if (ex instanceof TooManyRequestsException) {
			return kind(Problems.Kind.TOO_MANY_REQUESTS);
		}
		return null;
	}

	private static ApiException kind(Problems.Kind kind) {
		return new ApiException(kind, kind.detail(), Map.of());
	}

	private static String notFound(ContentNotFoundException missing) {
		String what = missing.getKind().name().toLowerCase(Locale.ROOT);
		String slug = Problems.echo(missing.getSlug());
		return (missing.getKey() == null) ? "There is no career '" + slug + "'; GET /api/v1/careers lists them."
				: "The career '" + slug + "' has no " + what + " '" + Problems.echo(missing.getKey()) + "'.";
	}

	/** Not JSON, or JSON of the wrong shape: the field at fault, when Jackson can tell. */
	private static ApiException unreadable(HttpMessageNotReadableException ex) {
		if (ex.getMostSpecificCause() instanceof ApiRequestGuard.TooLargeException tooLarge) {
			return new ApiException(Problems.Kind.TOO_LARGE, tooLarge.getMessage(), Map.of());
		}
		if (ex.getMostSpecificCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
			StringBuilder path = new StringBuilder();
			jackson.getPath().forEach(reference -> path.append((reference.getPropertyName() != null)
					? ((path.length() > 0) ? "." : "") + reference.getPropertyName() : "[" + reference.getIndex() + "]"));
			String field = Problems.echo(path.toString());
			return ApiException.invalid(field, "The body's '" + field + "' is missing or has a value of the wrong kind.");
		}
		return new ApiException(Problems.Kind.INVALID_REQUEST, "The body is not JSON of the shape this address takes.",
				Map.of());
	}

}
