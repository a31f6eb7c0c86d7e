package org.careerpath.account;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Reading and guest progress are open to everyone; the account pages need a signed-in person. CSRF protection (on
 * by default) guards every state change, forms and fetch alike. Signing in changes the session id.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
			+ "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ApplicationEventPublisher events,
			SecurityContextRepository contexts) throws Exception {
		var afterSignIn = new SavedRequestAwareAuthenticationSuccessHandler() {
			{
				setDefaultTargetUrl("/account");
			}
		};
		http.authorizeHttpRequests(requests -> requests.requestMatchers("/account", "/account/**")
			.authenticated()
			.anyRequest()
			.permitAll())
			.formLogin(form -> form.loginPage("/signin")
				.loginProcessingUrl("/signin")
				.usernameParameter("email")
				.passwordParameter("password")
				.successHandler((request, response, authentication) -> {
					if (authentication.getPrincipal() instanceof AccountUser user) {
						events.publishEvent(new AccountEvents.SignedIn(user.getId()));
					}
					afterSignIn.onAuthenticationSuccess(request, response, authentication);
				})
				.failureHandler((request, response, exception) -> response.sendRedirect(request.getContextPath()
						+ ((exception instanceof LockedException) ? "/signin?locked" : "/signin?error"))))
			.logout(logout -> logout.logoutUrl("/signout").logoutSuccessUrl("/?signedout"))
			.securityContext(context -> context.securityContextRepository(contexts))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
		return http.build();
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	@Bean
	static PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
