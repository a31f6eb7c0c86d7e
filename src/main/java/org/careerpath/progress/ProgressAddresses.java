package org.careerpath.progress;

import org.springframework.web.util.UriComponentsBuilder;

/** Where a change sends the person back to: only these places, never an address the request gave. */
final class ProgressAddresses {

	private ProgressAddresses() {
	}

	static String progress(String slug) {
		return UriComponentsBuilder.fromPath("/careers/{slug}/progress").buildAndExpand(slug).encode().toUriString();
	}

	static String step(String slug, String stepKey) {
		return UriComponentsBuilder.fromPath("/careers/{slug}/steps/{step}")
			.fragment("progress")
			.buildAndExpand(slug, stepKey)
			.encode()
			.toUriString();
	}

	static String ladder(String slug, String rungKey) {
		UriComponentsBuilder ladder = UriComponentsBuilder.fromPath("/careers/{slug}/ladder");
		if (rungKey != null) {
			ladder.fragment("rung-{rung}");
		}
		return ladder.buildAndExpand(slug, rungKey).encode().toUriString();
	}

	/** Back to the note form of the step just saved, on the step's page or the checklist, where "Saved" shows. */
	static String details(String slug, String stepKey, String returnTo) {
		String page = "step".equals(returnTo) ? "steps/{step}" : "progress";
		return UriComponentsBuilder.fromPath("/careers/{slug}/" + page)
			.fragment("details-{where}-{step}")
			.buildAndExpand(java.util.Map.of("slug", slug, "step", stepKey, "where",
					"step".equals(returnTo) ? "step" : "progress"))
			.encode()
			.toUriString();
	}

	/** Back to where the change was made, at the step's anchor: the roadmap, the step's page or the checklist. */
	static String returnTo(String slug, String stepKey, String returnTo) {
		if ("step".equals(returnTo)) {
			return step(slug, stepKey);
		}
		String page = "roadmap".equals(returnTo) ? "roadmap" : "progress";
		return UriComponentsBuilder.fromPath("/careers/{slug}/{page}")
			.fragment("step-{step}")
			.buildAndExpand(slug, page, stepKey)
			.encode()
			.toUriString();
	}

}
