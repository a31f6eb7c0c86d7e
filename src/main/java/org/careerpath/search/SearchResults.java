package org.careerpath.search;

import java.util.List;

/**
 * One page of a search's hits, for other modules (the JSON API); the search page shows the same.
 *
 * @param query the query as searched (cut to {@value Searches#MAX_QUERY} characters), or null when none was asked
 * @param shortened whether the query was longer and was cut
 * @param searchable whether it had any word to search for (not only punctuation or words like "the")
 * @param total hits in all
 * @param page this page of hits, from 1
 * @param pages pages of hits in all (at least 1)
 */
public record SearchResults(String query, boolean shortened, boolean searchable, int total, int page, int pages,
		List<Hit> hits) {

	/** Hits a page shows at most. */
	public static final int PAGE_SIZE = 10;

	/**
	 * One hit: what it is ("step", "skill", "credential", "rung", "responsibility", "faq" or "overview"), the career,
	 * its address (page and anchor), and its title and a snippet with the matched words marked.
	 */
	public record Hit(String kind, String careerSlug, String careerTitle, String address, List<Snippets.Part> title,
			List<Snippets.Part> snippet) {
	}

}
