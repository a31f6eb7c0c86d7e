package org.careerpath.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.careerpath.career.GuidesChanged;
import org.careerpath.support.Browser;
import org.careerpath.support.Browser.Page;
import org.careerpath.support.CareerPathTest;
import org.careerpath.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;
import org.springframework.context.ApplicationEventPublisher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading pages rendered once for visitors who bring nothing personal, and never anyone's progress, flash message or
 * CSRF token in what another visitor receives.
 */
@CareerPathTest
class PageCacheTests {

	static final String CAREER = "/careers/director-of-clinical-services";

	static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	CacheManager caches;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void aReadingPageWithNothingPersonalIsPublicAndRevalidatedWithItsETag() {
		RawHttp http = new RawHttp(this.port);
		RawHttp.Response first = http.send("GET", CAREER + "/roadmap", List.of(), new byte[0]);
		RawHttp.Response second = http.send("GET", CAREER + "/roadmap", List.of(), new byte[0]);

		assertThat(second.status()).isEqualTo(200);
		assertThat(second.body()).isEqualTo(first.body()).contains("0 of 10 steps done");
		assertThat(second.header("Cache-Control")).isEqualTo("public, max-age=300");
		assertThat(second.header("Vary")).containsIgnoringCase("Accept-Language");
		assertThat(second.header("Set-Cookie")).isNull();
		assertThat(second.header("Content-Security-Policy")).isNotNull();
		String etag = second.header("ETag");
		assertThat(etag).isEqualTo(first.header("ETag")).startsWith("W/\"");

		RawHttp.Response revalidated = http.send("GET", CAREER + "/roadmap", List.of("If-None-Match: " + etag),
				new byte[0]);
		assertThat(revalidated.status()).isEqualTo(304);
		assertThat(revalidated.body()).isEmpty();
		assertThat(http.send("GET", CAREER + "/roadmap", List.of("If-None-Match: W/\"stale\""), new byte[0]).status())
			.isEqualTo(200);
	}

	@Test
	void aSharedPageIsSentCompressedToBrowsersThatAcceptIt() throws Exception {
		String plain = new Browser(this.port).get(CAREER + "/faq").html();
		HttpResponse<byte[]> compressed = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + CAREER + "/faq"))
				.header("Accept-Encoding", "gzip")
				.build(), HttpResponse.BodyHandlers.ofByteArray());

		assertThat(compressed.headers().firstValue("Content-Encoding")).contains("gzip");
		assertThat(compressed.body().length).isLessThan(plain.length() / 2);
		assertThat(gunzip(compressed.body())).isEqualTo(plain);
	}

	@Test
	void aGuestsProgressAndMessagesNeverReachAnotherVisitor() {
		new Browser(this.port).get(CAREER + "/roadmap"); // kept for visitors without progress
		Browser guest = new Browser(this.port);
		guest.get(CAREER + "/steps/networking");
		Page afterTick = guest.post(CAREER + "/progress/steps/networking/done", "done", "true", "returnTo", "roadmap");
		assertThat(afterTick.text()).contains("1 of 10 steps done");
		assertThat(guest.get(CAREER + "/roadmap").text()).contains("1 of 10 steps done");

		Page stranger = new Browser(this.port).get(CAREER + "/roadmap");
		assertThat(stranger.text()).contains("0 of 10 steps done").doesNotContain("1 of 10");
		RawHttp.Response guestsOwn = new RawHttp(this.port).send("GET", CAREER + "/roadmap",
				List.of("Cookie: careerpath_guest=" + guest.cookie("careerpath_guest").orElseThrow()), new byte[0]);
		assertThat(guestsOwn.body()).contains("1 of 10 steps done");
		assertThat(guestsOwn.header("Cache-Control")).isEqualTo("private, no-store");
		assertThat(guestsOwn.header("ETag")).isNull();
	}

	@Test
	void aPageWithAFormIsKeptButEachVisitorGetsTheirOwnWorkingToken() {
		Browser first = new Browser(this.port);
		Browser second = new Browser(this.port);
		Page firstPage = first.get(CAREER + "/steps/healthcare-degree");
		Page secondPage = second.get(CAREER + "/steps/healthcare-degree");

		String firstToken = token(firstPage);
		String secondToken = token(secondPage);
		assertThat(firstToken).isNotEqualTo(secondToken);
		assertThat(first.cookie("XSRF-TOKEN")).isNotEqualTo(second.cookie("XSRF-TOKEN"));
		assertThat(secondPage.html().replace(secondToken, "")).isEqualTo(firstPage.html().replace(firstToken, ""));

		assertThat(second.post(CAREER + "/progress/steps/healthcare-degree/done", "done", "true", "returnTo", "roadmap")
			.text()).contains("1 of 10 steps done");
		RawHttp.Response raw = new RawHttp(this.port).send("GET", CAREER + "/steps/healthcare-degree", List.of(),
				new byte[0]);
		assertThat(raw.header("Cache-Control")).isEqualTo("private, no-store");
		assertThat(raw.header("ETag")).isNull();
		assertThat(token(raw.body())).isNotIn(firstToken, secondToken);
	}

	@Test
	void eachLanguageGetsItsOwnNumbersAndAnErrorIsNeverKept() {
		RawHttp http = new RawHttp(this.port);
		String page = CAREER + "/salaries";
		for (int round = 0; round < 2; round++) {
			assertThat(http.send("GET", page, List.of("Accept-Language: de-DE"), new byte[0]).body()).contains("80.000");
			assertThat(http.send("GET", page, List.of("Accept-Language: en-GB"), new byte[0]).body()).contains("80,000");
			RawHttp.Response bad = http.send("GET", page + "?compare=nonsense&with=nonsense", List.of(), new byte[0]);
			assertThat(bad.status()).isEqualTo(400);
			assertThat(bad.header("Cache-Control")).isEqualTo("private, no-store");
			assertThat(http.send("GET", CAREER + "-nowhere/roadmap", List.of(), new byte[0]).status()).isEqualTo(404);
		}
	}

	@Test
	void aChangedGuideDropsTheRenderedPages() {
		new Browser(this.port).get(CAREER + "/responsibilities");
		assertThat(keptPages()).isPositive();

		this.events.publishEvent(new GuidesChanged("director-of-clinical-services"));

		assertThat(keptPages()).isZero();
	}

	private long keptPages() {
		return ((com.github.benmanes.caffeine.cache.Cache<?, ?>) this.caches.getCache(PageCacheFilter.CACHE)
			.getNativeCache()).estimatedSize();
	}

	private static String token(Page page) {
		return token(page.html());
	}

	private static String token(String html) {
		Matcher matcher = TOKEN.matcher(html);
		assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
		return matcher.group(1);
	}

	private static String gunzip(byte[] body) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
