package org.careerpath.system;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Spring Security's masked CSRF tokens, with two differences: a token that cannot be decoded at all (forged, cut
 * off, of the wrong shape) counts as no token, so the change is refused with the usual 403 instead of a 500; and the
 * JSON API takes it from its header only, never from the address, where it would end up in logs and Referer headers.
 */
class LenientCsrfTokenHandler implements CsrfTokenRequestHandler {

	private final XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
		this.masked.handle(request, response, csrfToken);
	}

	@Override
	public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
		try {
			return this.masked.resolveCsrfTokenValue(Problems.isApi(request) ? headerOnly(request) : request, csrfToken);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static HttpServletRequest headerOnly(HttpServletRequest request) {
		return new HttpServletRequestWrapper(request) {
			@Override
			public String getParameter(String name) {
				return null;
			}
		};
	}

}
