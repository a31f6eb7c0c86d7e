package org.careerpath.api;

import org.springframework.web.util.UriComponentsBuilder;

/** The addresses the API's documents link to: its own, and the site's pages (relative to the site). */
final class ApiAddresses {

	static final String BASE = "/api/v1";

	private ApiAddresses() {
	}

	static String guide(String slug) {
		return path(BASE + "/careers/{slug}", slug);
	}

	static String overviewPage(String slug) {
		return path("/careers/{slug}", slug);
	}

	static String stepPage(String slug, String stepKey) {
		return path("/careers/{slug}/steps/{key}", slug, stepKey);
	}

	private static String path(String template, Object... values) {
		return UriComponentsBuilder.fromPath(template).buildAndExpand(values).encode().toUriString();
	}

}
