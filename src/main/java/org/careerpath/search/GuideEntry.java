package org.careerpath.search;

import java.util.Locale;

/**
 * One searchable place in a guide: a step, skill, credential, ladder rung, area of responsibility, FAQ entry or the
 * overview, with the address (page and anchor) a hit links to.
 */
record GuideEntry(String careerSlug, String careerTitle, Kind kind, String title, String body, String address) {

	enum Kind {

		OVERVIEW, STEP, SKILL, CREDENTIAL, RUNG, RESPONSIBILITY, FAQ;

		/** How the kind is named outside: "step", "skill", ... */
		String code() {
			return name().toLowerCase(Locale.ROOT);
		}

		/** The message key of a kind's name ("Roadmap step", ...), by its code. */
		static String labelKey(String code) {
			return "search.kind." + code;
		}

	}

}
