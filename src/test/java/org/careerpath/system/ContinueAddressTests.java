package org.careerpath.system;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** After signing in, only this site's reading pages may be returned to: never an open redirect. */
class ContinueAddressTests {

	@ParameterizedTest
	@ValueSource(strings = { "/", "/careers/director-of-clinical-services", "/careers/director-of-clinical-services/progress",
			"/careers/director-of-clinical-services/steps/networking" })
	void thisSitesReadingPagesAreAllowed(String page) {
		assertThat(ContinueAddress.of(page)).contains(page);
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://evil.example/", "//evil.example", "/\\\\evil.example", "/careers/../account/delete",
			"/account", "/account/delete", "/signout", "/careers/x?next=https://evil.example", "/careers/x#frag",
			"javascript:alert(1)", "/careers/%2e%2e/account", "careers/x", "", " /careers/x", "/careers/X Y",
			"/careers/a/b/c/d/e" })
	void anythingElseIsRefused(String page) {
		assertThat(ContinueAddress.of(page)).isEmpty();
	}

}
