package org.careerpath.search;

import java.util.List;

import org.careerpath.career.CareerListing;
import org.careerpath.career.CareerRepository;
import org.careerpath.career.ContentNotFoundException;
import org.springframework.stereotype.Service;

/** Answers a query from the index, a page of hits at a time. */
@Service
public class Searches {

	/** Characters of a query searched at most; a longer one is cut, and the page says so. */
	static final int MAX_QUERY = 200;

	private final GuideIndex index;

	private final CareerRepository careers;

	Searches(GuideIndex index, CareerRepository careers) {
		this.index = index;
		this.careers = careers;
	}

	/**
	 * The search page: the hits with the careers to narrow them to.
	 *
	 * @param query what the reader typed (null or blank: the empty search page)
	 * @param careerSlug the career to search in, or null for all; an unknown one is not found
	 * @param page the page of results asked for, from 1 (anything else: the nearest that exists)
	 */
	SearchPage search(String query, String careerSlug, String page) {
		List<CareerListing> all = this.careers.findCatalogue();
		CareerListing career = career(all, careerSlug);
		SearchResults found = find(query, career, page);
		List<SearchPage.Hit> hits = found.hits()
			.stream()
			.map(hit -> new SearchPage.Hit(GuideEntry.Kind.labelKey(hit.kind()), hit.careerTitle(), hit.address(),
					hit.title(), hit.snippet()))
			.toList();
		return new SearchPage(found.query(), found.shortened(), found.searchable(), career, all, hits, found.total(),
				found.page(), found.pages());
	}

	/** The same hits as the search page, for other modules; the arguments as for {@link #search}. */
	public SearchResults results(String query, String careerSlug, String page) {
		return find(query, career(this.careers.findCatalogue(), careerSlug), page);
	}

	private static CareerListing career(List<CareerListing> all, String careerSlug) {
		if (careerSlug == null || careerSlug.isBlank()) {
			return null;
		}
		return all.stream()
			.filter(listing -> listing.slug().equals(careerSlug))
			.findFirst()
			.orElseThrow(() -> ContentNotFoundException.career(careerSlug));
	}

	private SearchResults find(String query, CareerListing career, String page) {
		if (query == null || query.isBlank()) {
			return new SearchResults(null, false, false, 0, 1, 1, List.of());
		}
		String asked = query.strip();
		boolean shortened = asked.length() > MAX_QUERY;
		if (shortened) {
			asked = asked.substring(0, MAX_QUERY);
		}
		List<String> words = this.index.words(asked);
		GuideIndex.Found found = this.index.search(words, (career != null) ? career.slug() : null);
		int pages = Math.max(1, (found.total() + SearchResults.PAGE_SIZE - 1) / SearchResults.PAGE_SIZE);
		int current = Math.min(pages, Math.max(1, parse(page)));
		List<SearchResults.Hit> hits = found.hits()
			.stream()
			.skip((long) (current - 1) * SearchResults.PAGE_SIZE)
			.limit(SearchResults.PAGE_SIZE)
			.map(entry -> new SearchResults.Hit(entry.kind().code(), entry.careerSlug(),
					entry.careerTitle(), entry.address(), Snippets.marked(this.index.analyzer(), entry.title(), words),
					Snippets.around(this.index.analyzer(), entry.body(), words)))
			.toList();
		return new SearchResults(asked, shortened, !words.isEmpty(), found.total(), current, pages, hits);
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
