package org.careerpath.search;

import java.util.List;

import org.careerpath.career.CareerListing;
import org.careerpath.search.Snippets.Part;

/**
 * The search page: what was asked (null for the empty form), its hits for this page of results, and the careers to
 * narrow it to when there are several.
 *
 * @param query the query as searched (cut to {@link Searches#MAX_QUERY} characters)
 * @param shortened whether the query was longer and was cut
 * @param searchable whether it had any word to search for (not only punctuation or words like "the")
 * @param career the career searched in, or null for all
 * @param careers every career, for the filter
 */
record SearchPage(String query, boolean shortened, boolean searchable, CareerListing career,
		List<CareerListing> careers, List<Hit> hits, int total, int page, int pages) {

	public boolean asked() {
		return this.query != null;
	}

	/** Characters of a query searched at most. */
	public int maxQuery() {
		return Searches.MAX_QUERY;
	}

	/** Position of the first hit on this page, from 1. */
	public int first() {
		return (this.page - 1) * SearchResults.PAGE_SIZE + 1;
	}

	/** One hit: where it is, its title and a snippet, with the matched words marked. */
	record Hit(String kindKey, String careerTitle, String address, List<Part> title, List<Part> snippet) {
	}

}
