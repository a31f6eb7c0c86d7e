package org.careerpath.progress;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** One rule for evidence links, shared by the form and the import, so an exported file always imports again. */
class WebLinkTests {

	@ParameterizedTest
	@ValueSource(strings = { "https://example.org/certificate?id=1&x=2", "http://example.org", "HTTPS://EXAMPLE.ORG/A",
			"https://my_site.example.com/cert", "https://example.org:8443/a#b", "https://[2001:db8::1]:443/x", "http://192.0.2.7/" })
	void webLinksAreAccepted(String link) {
		assertThat(new WebLink.Validator().isValid(link, null)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "javascript:alert(1)", "data:text/html,hi", "file:///etc/passwd", "ftp://example.org/x",
			"https://trusted.example@evil.example/", "https://example.org/a\"b<c", "https://example.org/%zz",
			"https://exa mple.org", "example.org/no-scheme", "https://", "mailto:someone@example.org", "http://:80/",
			"https://example.org:99999/", "https://example.org:0/", "https://example.org:/x", "https://example.org:8o/" })
	void anythingElseIsRefused(String link) {
		assertThat(new WebLink.Validator().isValid(link, null)).isFalse();
	}

}
