package org.careerpath.progress;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class GuestCookieTests {

	@Test
	void theCookieIsHttpOnlyLaxLongLivedAndSecureOnHttps() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		String token = GuestCookie.newToken();
		GuestCookie.write(token, new MockHttpServletRequest(), response);
		assertThat(response.getHeader("Set-Cookie")).startsWith("careerpath_guest=" + token)
			.contains("Path=/")
			.contains("HttpOnly")
			.contains("SameSite=Lax")
			.contains("Max-Age=34560000")
			.doesNotContain("Secure");

		MockHttpServletRequest https = new MockHttpServletRequest();
		https.setSecure(true);
		MockHttpServletResponse secure = new MockHttpServletResponse();
		GuestCookie.write(token, https, secure);
		assertThat(secure.getHeader("Set-Cookie")).contains("Secure");
	}

	@Test
	void tokensAreRandom256BitValuesStoredOnlyAsTheirHash() {
		String one = GuestCookie.newToken();
		String two = GuestCookie.newToken();
		assertThat(one).isNotEqualTo(two).matches("[A-Za-z0-9_-]{43}");
		assertThat(GuestCookie.hash(one)).hasSize(64).isNotEqualTo(GuestCookie.hash(two)).doesNotContain(one);
	}

	@Test
	void aForgedOrMalformedCookieIsIgnored() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setCookies(new jakarta.servlet.http.Cookie(GuestCookie.NAME, "1 OR 1=1"));
		assertThat(GuestCookie.read(request)).isEmpty();
	}

}
