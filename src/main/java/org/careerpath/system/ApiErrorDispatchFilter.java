package org.careerpath.system;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The last word on an error of the JSON API that reached the servlet container's error dispatch (an address the
 * firewall refuses, a method no address takes, anything unexpected): a problem document like every other answer of
 * the API, never Spring Boot's error JSON or the site's HTML error page.
 */
class ApiErrorDispatchFilter extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !Problems.isApi((String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
				request.getContextPath());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int code = (status instanceof Integer value) ? value : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
		Problems.Kind kind = Problems.kindOf(code)
			.orElse((code < 500) ? Problems.Kind.INVALID_REQUEST : Problems.Kind.SERVER_ERROR);
		Problems.write((String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), response, kind,
				kind.detail(), Map.of());
	}

}
