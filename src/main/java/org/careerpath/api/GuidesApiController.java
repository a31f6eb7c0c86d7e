package org.careerpath.api;

import java.time.Duration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careerpath.search.Searches;
import org.careerpath.search.SearchResults;
import org.careerpath.search.Snippets;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The guides' content, read-only: the same for everyone, so any site may read it (CORS) and any cache may keep it for
 * five minutes, revalidating with its ETag.
 */
@RestController
@RequestMapping(path = ApiAddresses.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
@CrossOrigin(origins = "*", methods = { RequestMethod.GET, RequestMethod.HEAD }, exposedHeaders = HttpHeaders.ETAG,
		maxAge = 3600)
@Tag(name = "Guides", description = "The career guides' content: anyone may read it, from any site.")
class GuidesApiController {

	static final CacheControl PUBLIC = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

	private final GuideDocuments guides;

	private final SalaryComparisons salaries;

	private final Searches searches;

	GuidesApiController(GuideDocuments guides, SalaryComparisons salaries, Searches searches) {
		this.guides = guides;
		this.salaries = salaries;
		this.searches = searches;
	}

	@Operation(summary = "Every career with a guide, by title")
	@GetMapping("/careers")
	ResponseEntity<CareerList> listCareers() {
		return ResponseEntity.ok().cacheControl(PUBLIC).body(this.guides.careers());
	}

	@Operation(summary = "A whole guide", description = "Steps with their checklist actions, skills, credentials, "
			+ "the career ladder, salary bands with their currency, responsibilities and the FAQ.")
	@GetMapping("/careers/{slug}")
	ResponseEntity<GuideDocument> showGuide(@PathVariable String slug) {
		return ResponseEntity.ok().cacheControl(PUBLIC).body(this.guides.guide(slug));
	}

	@Operation(summary = "Two salary levels compared",
			description = "The same figures as the salaries page: per year, month and hour, and the differences.")
	@GetMapping("/careers/{slug}/salaries/comparison")
	ResponseEntity<SalaryComparisonDocument> compareSalaries(@PathVariable String slug,
			@Parameter(description = "the key of the first level (a band of the guide)") @RequestParam String compare,
			@Parameter(description = "the key of the level to compare it with") @RequestParam String with) {
		return ResponseEntity.ok().cacheControl(PUBLIC).body(this.salaries.compare(slug, compare, with));
	}

	@Operation(summary = "Search across the guides",
			description = "English stemming, one typo forgiven in words of five letters or more, titles first.")
	@GetMapping("/search")
	ResponseEntity<SearchDocument> search(@Parameter(description = "what to search for") @RequestParam String q,
			@Parameter(description = "a career's slug, to search that guide only") @RequestParam(required = false)
			String career,
			@Parameter(description = "the page of hits, from 1") @RequestParam(defaultValue = "1") int page) {
		if (q.isBlank()) {
			throw ApiException.invalid("q", "Say what to search for.");
		}
		if (page < 1) {
			throw ApiException.invalid("page", "Pages are counted from 1.");
		}
		SearchResults found = this.searches.results(q, career, String.valueOf(page));
		return ResponseEntity.ok().cacheControl(PUBLIC).body(new SearchDocument(found.query(), found.shortened(),
				found.searchable(), found.total(), found.page(), found.pages(),
				found.hits()
					.stream()
					.map(hit -> new SearchDocument.SearchHit(hit.kind(), hit.careerSlug(), hit.careerTitle(),
							hit.address(), text(hit.title()), text(hit.snippet()),
							hit.snippet()
								.stream()
								.map(part -> new SearchDocument.TextPart(part.text(), part.match()))
								.toList()))
					.toList()));
	}

	private static String text(java.util.List<Snippets.Part> parts) {
		StringBuilder text = new StringBuilder();
		parts.forEach(part -> text.append(part.text()));
		return text.toString();
	}

}
