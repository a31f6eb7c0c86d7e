package org.careerpath.system;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a person may be sent back to after signing in or registering: only a page of this site that a reader
 * browses (the home page or a career's pages), given as a plain path. Never another site, never a path with a scheme,
 * host, backslash, dot segment or query: not an open redirect.
 */
public final class ContinueAddress {

	private static final Pattern SAFE = Pattern.compile("/|/careers/[a-z0-9-]+(/[a-z0-9-]+){0,3}");

	private ContinueAddress() {
	}

	public static Optional<String> of(String requested) {
		return (requested != null && requested.length() <= 200 && SAFE.matcher(requested).matches())
				? Optional.of(requested) : Optional.empty();
	}

}
