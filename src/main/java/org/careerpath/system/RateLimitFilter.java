package org.careerpath.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Applies the address-based limits to sign-in, registration and imports before anything else reads the request
 * (sign-in is answered inside the security filters, so this runs among them, before the CSRF check).
 */
class RateLimitFilter extends OncePerRequestFilter {

	private static final PathPattern IMPORT = PathPatternParser.defaultInstance.parse("/careers/{slug}/progress/import");

	/** The JSON API's import: a progress file put in place of the roadmap's progress. */
	private static final PathPattern API_IMPORT = PathPatternParser.defaultInstance.parse("/api/v1/careers/{slug}/progress");

	private final RateLimits limits;

	RateLimitFilter(RateLimits limits) {
		this.limits = limits;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		RateLimits.Rule rule = rule(request.getMethod(), path(request));
		if (rule != null) {
			try {
				this.limits.check(rule, request.getRemoteAddr());
			}
			catch (TooManyRequestsException ex) {
				ErrorPages.tooManyRequests(request, response, ex.getRetryAfter());
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static RateLimits.Rule rule(String method, String path) {
		if (HttpMethod.PUT.matches(method)) {
			return matches(API_IMPORT, path) ? RateLimits.Rule.IMPORT : null;
		}
		if (!HttpMethod.POST.matches(method)) {
			return null;
		}
		return switch (path) {
			case "/signin" -> RateLimits.Rule.SIGN_IN;
			case "/register" -> RateLimits.Rule.REGISTRATION;
			default -> matches(IMPORT, path) ? RateLimits.Rule.IMPORT : null;
		};
	}

	private static boolean matches(PathPattern pattern, String path) {
		return pattern.matches(PathContainer.parsePath(path));
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
