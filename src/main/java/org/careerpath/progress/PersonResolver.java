package org.careerpath.progress;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import org.careerpath.account.AccountUser;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Gives a controller method's {@link Person} parameter: the signed-in account, else the guest cookie, else nobody. */
class PersonResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == Person.class;
	}

	@Override
	public Person resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		return resolve(webRequest.getNativeRequest(HttpServletRequest.class));
	}

	static Person resolve(HttpServletRequest request) {
		String guestToken = (request != null) ? GuestCookie.read(request).orElse(null) : null;
		Principal principal = (request != null) ? request.getUserPrincipal() : null;
		if (principal instanceof Authentication authentication && authentication.isAuthenticated()
				&& authentication.getPrincipal() instanceof AccountUser user) {
			return new Person(user.getId(), guestToken);
		}
		return (guestToken != null) ? Person.guest(guestToken) : Person.nobody();
	}

}
