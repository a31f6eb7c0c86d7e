package org.careerpath.system;

import org.springframework.security.web.csrf.CsrfToken;

/**
 * What a page being kept is rendered with instead of the visitor's CSRF token: a marker that {@link PageCacheFilter}
 * replaces with each visitor's own (masked) token. The names are those of the cookie token repository's defaults.
 */
final class PlaceholderToken implements CsrfToken {

	static final String PARAMETER = "_csrf";

	static final String HEADER = "X-XSRF-TOKEN";

	private final String marker;

	private volatile boolean used;

	PlaceholderToken(String marker) {
		this.marker = marker;
	}

	boolean used() {
		return this.used;
	}

	@Override
	public String getHeaderName() {
		return HEADER;
	}

	@Override
	public String getParameterName() {
		return PARAMETER;
	}

	@Override
	public String getToken() {
		this.used = true;
		return this.marker;
	}

}
