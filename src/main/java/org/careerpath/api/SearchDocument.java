package org.careerpath.api;

import java.util.List;

/**
 * One page of search hits across the guides.
 *
 * @param query the query as searched (cut to 200 characters)
 * @param shortened whether the query was longer and was cut
 * @param searchable whether it had any word to search for (not only punctuation or words like "the")
 * @param page this page of hits, from 1 (ten hits a page)
 */
record SearchDocument(String query, boolean shortened, boolean searchable, int total, int page, int pages,
		List<SearchHit> hits) {

	/**
	 * @param kind step, skill, credential, rung, responsibility, faq or overview
	 * @param page the site's page and anchor where it is
	 * @param title its title as plain text
	 * @param snippet about 240 characters of its text around the first match, as plain text
	 * @param snippetParts the snippet cut into parts, the matched words marked, for highlighting
	 */
	record SearchHit(String kind, String career, String careerTitle, String page, String title, String snippet,
			List<TextPart> snippetParts) {
	}

	record TextPart(String text, boolean match) {
	}

}
