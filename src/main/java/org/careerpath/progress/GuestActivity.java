package org.careerpath.progress;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * After a guest reads a career's pages, notes that their progress is still in use (at most once a day; see
 * {@link ProgressProfiles#recordVisit}), so that retention counts from their last visit, not their last change. Runs
 * after the page is written, outside its read-only transaction.
 */
class GuestActivity implements HandlerInterceptor {

	private final ObjectProvider<ProgressProfiles> profiles;

	GuestActivity(ObjectProvider<ProgressProfiles> profiles) {
		this.profiles = profiles;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (HttpMethod.GET.matches(request.getMethod()) && response.getStatus() == HttpServletResponse.SC_OK) {
			Person person = PersonResolver.resolve(request);
			if (!person.isSignedIn() && person.guestToken() != null) {
				this.profiles.ifAvailable(profiles -> profiles.recordVisit(person));
			}
		}
	}

}
