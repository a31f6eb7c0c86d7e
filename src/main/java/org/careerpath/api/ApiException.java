package org.careerpath.api;

import java.util.List;
import java.util.Map;

import org.careerpath.system.Problems;

/** A request the API refuses, with the kind of problem, what to do, and the field at fault if there is one. */
class ApiException extends RuntimeException {

	private final Problems.Kind kind;

	private final Map<String, Object> extra;

	ApiException(Problems.Kind kind, String detail, Map<String, Object> extra) {
		super(detail);
		this.kind = kind;
		this.extra = extra;
	}

	/** A bad value of a parameter or a body's field. */
	static ApiException invalid(String field, String detail) {
		return new ApiException(Problems.Kind.INVALID_REQUEST, detail, Map.of("field", field));
	}

	/** Several problems at once, each with the field at fault if there is one. */
	static ApiException withErrors(Problems.Kind kind, String detail, List<FieldError> errors) {
		return new ApiException(kind, detail, Map.of("errors", errors));
	}

	/** One of several problems: the field at fault (null for the whole) and what is wrong. */
	record FieldError(String field, String message) {
	}

	Problems.Kind kind() {
		return this.kind;
	}

	Map<String, Object> extra() {
		return this.extra;
	}

}
