package org.careerpath.account;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.careerpath.system.ContinueAddress;
import org.careerpath.system.Flash;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * After a form sign-in: tells the application (so a guest's progress moves in), then goes back to the page the
 * person came from, if it is one of this site's, or else to the account page.
 */
@Component
class SignInSuccess implements AuthenticationSuccessHandler {

	private final ApplicationEventPublisher events;

	private final SavedRequestAwareAuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();

	SignInSuccess(ApplicationEventPublisher events) {
		this.events = events;
		this.next.setDefaultTargetUrl("/account");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		if (authentication.getPrincipal() instanceof AccountUser user) {
			this.events.publishEvent(new AccountEvents.SignedIn(user.getId(), request, response));
		}
		Optional<String> back = ContinueAddress.of(request.getParameter("continue"));
		if (back.isPresent()) {
			Flash.save(request, response, back.get(), "account.signedIn.continue");
			response.sendRedirect(request.getContextPath() + back.get());
			return;
		}
		this.next.onAuthenticationSuccess(request, response, authentication);
	}

}
