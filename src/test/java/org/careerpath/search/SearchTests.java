package org.careerpath.search;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.careerpath.support.Browser;
import org.careerpath.support.Browser.Page;
import org.careerpath.support.CareerPathTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Searching the guides as a reader does: from the header's box, by GET, with and without mistakes. */
@CareerPathTest
class SearchTests {

	static final Pattern HIT = Pattern.compile("<h2 class=\"search-hit__title\"><a href=\"([^\"]+)\">(.*?)</a></h2>",
			Pattern.DOTALL);

	@LocalServerPort
	int port;

	@Test
	void everyPageHasTheSearchBoxAndItFindsTheCredentialFirstLinkedToItsPlace() {
		Browser reader = new Browser(this.port);
		assertThat(reader.get("/").html()).contains("<form class=\"site-search\" role=\"search\" method=\"get\" action=\"/search\">");

		Page results = reader.get("/search?q=CHE+certification");

		assertThat(results.status()).isEqualTo(200);
		List<String[]> hits = hits(results);
		assertThat(hits.get(0)[0]).isEqualTo("/careers/director-of-clinical-services/skills#credential-che");
		assertThat(hits.get(0)[1]).contains("<mark>CHE</mark>").contains("<mark>Certified</mark>");
		assertThat(results.text()).contains("Credential · Director of Clinical Services");
		Page target = reader.get(hits.get(0)[0].replaceFirst("#.*", ""));
		assertThat(target.html()).contains("id=\"credential-che\"");
	}

	@Test
	void otherFormsOfAWordAndOneWrongLetterFindTheSame() {
		Browser reader = new Browser(this.port);
		List<String[]> exact = hits(reader.get("/search?q=certification"));
		assertThat(hits(reader.get("/search?q=certifications"))).extracting(hit -> hit[0])
			.containsExactlyElementsOf(exact.stream().map(hit -> hit[0]).toList());
		assertThat(hits(reader.get("/search?q=certifcation"))).extracting(hit -> hit[0])
			.contains(exact.get(0)[0]);
		assertThat(exact).extracting(hit -> hit[0])
			.contains("/careers/director-of-clinical-services/steps/certifications-and-licenses");
	}

	@Test
	void aTitleMatchOutranksABodyMatch() {
		List<String[]> hits = hits(new Browser(this.port).get("/search?q=leadership"));
		assertThat(hits.size()).isGreaterThan(3);
		assertThat(hits.get(0)[1]).contains("<mark>Leadership</mark>");
		assertThat(hits.get(1)[1]).contains("<mark>Leadership</mark>");
	}

	@Test
	void resultsArePagedAndAStrayPageNumberGivesTheNearestPage() {
		Browser reader = new Browser(this.port);
		Page first = reader.get("/search?q=healthcare");
		assertThat(first.text()).containsPattern("\\d\\d+ results").contains("Page 1 of");
		assertThat(hits(first)).hasSize(10);
		Page second = reader.get("/search?q=healthcare&page=2");
		assertThat(second.text()).contains("Page 2 of");
		assertThat(hits(second)).extracting(hit -> hit[0]).doesNotContainAnyElementsOf(
				hits(first).stream().map(hit -> hit[0]).toList());
		assertThat(second.html()).contains("<ol class=\"search-hits\" start=\"11\">");
		assertThat(reader.get("/search?q=healthcare&page=abc").text()).contains("Page 1 of");
		assertThat(reader.get("/search?q=healthcare&page=9999").status()).isEqualTo(200);
	}

	@Test
	void oneCareerOrAnUnknownOne() {
		Browser reader = new Browser(this.port);
		assertThat(reader.get("/search?q=networking&career=director-of-clinical-services").text())
			.containsPattern("\\d+ results? in Director of Clinical Services");
		Page unknown = reader.get("/search?q=networking&career=no-such-career");
		assertThat(unknown.status()).isEqualTo(404);
	}

	@Test
	void anEmptyQueryShowsTips() {
		Page page = new Browser(this.port).get("/search?q=+");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Tips").contains("certifications finds certification");
		assertThat(new Browser(this.port).get("/search").text()).contains("Tips");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"CHE\" AND (cert* OR [x", "title:leader~2 ^3 || -", "*", "((((", "the of and" })
	void operatorsQuotesWildcardsAndBracketsAreJustCharacters(String query) {
		Page page = new Browser(this.port).get("/search?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).doesNotContain("Exception").containsPattern("results?|No results|nothing to search");
	}

	@Test
	void aVeryLongQueryIsCutAndSaysSo() {
		Page page = new Browser(this.port).get("/search?q=" + "leadership+".repeat(909));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Only the first 200 characters were searched.");
		assertThat(hits(page)).isNotEmpty();
	}

	@Test
	void theQueryIsShownAsTextNeverAsMarkup() {
		Page page = new Browser(this.port).get("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E+leadership");
		assertThat(page.html()).doesNotContain("<script>alert").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
	}

	private static List<String[]> hits(Page page) {
		Matcher matcher = HIT.matcher(page.html());
		List<String[]> hits = new java.util.ArrayList<>();
		while (matcher.find()) {
			hits.add(new String[] { matcher.group(1), matcher.group(2) });
		}
		return hits;
	}

}
