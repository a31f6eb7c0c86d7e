package org.careerpath.progress;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.careerpath.system.RateLimits;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A change from someone with no checklist yet starts a guest profile, kept for months: each client address may start
 * only so many ({@code careerpath.limits.new-guests}), so nobody can fill the database with them.
 */
class NewGuestLimit implements HandlerInterceptor {

	private final ObjectProvider<RateLimits> limits;

	NewGuestLimit(ObjectProvider<RateLimits> limits) {
		this.limits = limits;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (HttpMethod.POST.matches(request.getMethod()) || HttpMethod.PUT.matches(request.getMethod())) {
			Person person = PersonResolver.resolve(request);
			if (!person.isSignedIn() && person.guestToken() == null) {
				this.limits.ifAvailable(limits -> limits.check(RateLimits.Rule.NEW_GUEST, request.getRemoteAddr()));
			}
		}
		return true;
	}

}
