package org.careerpath.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Applies the address-based limits to sign-in, registration and imports before anything else reads the request
 * (sign-in is answered inside the security filters, so this runs among them, before the CSRF check).
 */
class RateLimitFilter extends OncePerRequestFilter {

	private static final PathPattern IMPORT = PathPatternParser.defaultInstance.parse("/careers/{slug}/progress/import");

	private final RateLimits limits;

	RateLimitFilter(RateLimits limits) {
		this.limits = limits;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		RateLimits.Rule rule = HttpMethod.POST.matches(request.getMethod()) ? rule(path(request)) : null;
		if (rule != null) {
			try {
				this.limits.check(rule, request.getRemoteAddr());
			}
			catch (TooManyRequestsException ex) {
				ErrorPages.tooManyRequests(response, ex.getRetryAfter());
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static RateLimits.Rule rule(String path) {
		return switch (path) {
			case "/signin" -> RateLimits.Rule.SIGN_IN;
			case "/register" -> RateLimits.Rule.REGISTRATION;
			default -> IMPORT.matches(org.springframework.http.server.PathContainer.parsePath(path))
					? RateLimits.Rule.IMPORT : null;
		};
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
