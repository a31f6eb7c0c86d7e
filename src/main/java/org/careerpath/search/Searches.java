package org.careerpath.search;

import java.util.List;

import org.careerpath.career.CareerListing;
import org.careerpath.career.CareerRepository;
import org.careerpath.career.ContentNotFoundException;
import org.springframework.stereotype.Service;

/** Answers a query from the index, a page of hits at a time. */
@Service
class Searches {

	/** Characters of a query searched at most; a longer one is cut, and the page says so. */
	static final int MAX_QUERY = 200;

	private final GuideIndex index;

	private final CareerRepository careers;

	Searches(GuideIndex index, CareerRepository careers) {
		this.index = index;
		this.careers = careers;
	}

	/**
	 * @param query what the reader typed (null or blank: the empty search page)
	 * @param careerSlug the career to search in, or null for all; an unknown one is not found
	 * @param page the page of results asked for, from 1 (anything else: the nearest that exists)
	 */
	SearchPage search(String query, String careerSlug, String page) {
		List<CareerListing> all = this.careers.findCatalogue();
		CareerListing career = null;
		if (careerSlug != null && !careerSlug.isBlank()) {
			career = all.stream()
				.filter(listing -> listing.slug().equals(careerSlug))
				.findFirst()
				.orElseThrow(() -> ContentNotFoundException.career(careerSlug));
		}
		if (query == null || query.isBlank()) {
			return new SearchPage(null, false, false, career, all, List.of(), 0, 1, 0);
		}
		String asked = query.strip();
		boolean shortened = asked.length() > MAX_QUERY;
		if (shortened) {
			asked = asked.substring(0, MAX_QUERY);
		}
		List<String> words = this.index.words(asked);
		GuideIndex.Found found = this.index.search(words, (career != null) ? career.slug() : null);
		int pages = Math.max(1, (found.total() + SearchPage.PAGE_SIZE - 1) / SearchPage.PAGE_SIZE);
		int current = Math.min(pages, Math.max(1, parse(page)));
		List<SearchPage.Hit> hits = found.hits()
			.stream()
			.skip((long) (current - 1) * SearchPage.PAGE_SIZE)
			.limit(SearchPage.PAGE_SIZE)
			.map(entry -> new SearchPage.Hit(entry.kind().labelKey(), entry.careerTitle(), entry.address(),
					Snippets.marked(this.index.analyzer(), entry.title(), words),
					Snippets.around(this.index.analyzer(), entry.body(), words)))
			.toList();
		return new SearchPage(asked, shortened, !words.isEmpty(), career, all, hits, found.total(), current, pages);
	}

	private static int parse(String page) {
		if (page == null || page.length() > 4) {
			return 1;
		}
		try {
			return Integer.parseInt(page);
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
