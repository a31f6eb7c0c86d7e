package org.careerpath.system;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id, logged with each line it causes ({@code requestId} in the log's context) and returned
 * in the {@value #HEADER} response header, so a person's "it failed at 10:02" can be found in the logs of whichever
 * instance answered. The proxy's own id is kept when it sends a plausible one; anything else is replaced.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	static final String LOG_KEY = "requestId";

	private static final Pattern PLAUSIBLE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String given = request.getHeader(HEADER);
		String id = (given != null && PLAUSIBLE.matcher(given).matches()) ? given : UUID.randomUUID().toString();
		response.setHeader(HEADER, id);
		MDC.put(LOG_KEY, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(LOG_KEY);
		}
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false; // an error page's log lines belong to the request that failed
	}

}
