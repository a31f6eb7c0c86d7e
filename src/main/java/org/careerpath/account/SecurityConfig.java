package org.careerpath.account;

import java.util.HashMap;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.session.HttpSessionEventPublisher;
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
			SecurityContextRepository contexts, SessionRegistry sessions) throws Exception {
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
			// The CSRF token lives in a cookie, not the session: readers need no server session, and a page left
			// open across a restart or a deploy still saves.
			.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens()))
			.securityContext(context -> context.securityContextRepository(contexts))
			// Every signed-in session is registered, so deleting an account or changing its password can end the
			// account's other sessions.
			.sessionManagement(session -> session.maximumSessions(-1)
				.sessionRegistry(sessions)
				.expiredUrl("/signin?expired"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
		return http.build();
	}

	private static CookieCsrfTokenRepository csrfTokens() {
		CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
		tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
		return tokens;
	}

	@Bean
	SessionRegistry sessionRegistry() {
		return new SessionRegistryImpl();
	}

	/** Tells the session registry when sessions end, so it does not grow. */
	@Bean
	static HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	/**
	 * Spring Security's delegating encoder, encoding new hashes with PBKDF2 (bcrypt refuses passwords over 72 bytes,
	 * and people may choose up to 128 characters); hashes with another id, such as {bcrypt}, still match.
	 */
	@Bean
	static PasswordEncoder passwordEncoder() {
		Map<String, PasswordEncoder> encoders = new HashMap<>();
		encoders.put(PBKDF2, Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8());
		encoders.put("bcrypt", new BCryptPasswordEncoder());
		return new DelegatingPasswordEncoder(PBKDF2, encoders);
	}

	static final String PBKDF2 = "pbkdf2@SpringSecurity_v5_8";

}
