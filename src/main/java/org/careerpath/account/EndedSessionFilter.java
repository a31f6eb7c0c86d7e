package org.careerpath.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session that {@link EndedSessions} marked, at its next request: a page goes to the sign-in page, which says
 * why; a change goes on as a visitor's. Runs after Spring Session has loaded the session and before Spring Security
 * reads who is signed in.
 */
@Component
@Order(EndedSessionFilter.ORDER)
class EndedSessionFilter extends OncePerRequestFilter {

	/** After Spring Session's filter ({@code Integer.MIN_VALUE + 50}), before Spring Security's ({@code -100}). */
	static final int ORDER = -150;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session == null || session.getAttribute(EndedSessions.ENDED) == null) {
			chain.doFilter(request, response);
			return;
		}
		session.invalidate();
		if (HttpMethod.GET.matches(request.getMethod())) {
			response.sendRedirect(request.getContextPath() + "/signin?expired");
			return;
		}
		chain.doFilter(request, response); // a change goes on as a visitor's
	}

}
