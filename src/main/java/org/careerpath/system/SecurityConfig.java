package org.careerpath.system;

import java.io.IOException;
import java.util.Arrays;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The site's security. Authorisation denies by default: the routes below are the whole public surface, the account
 * pages need a signed-in person, and any other address is not found. CSRF protection (on by default) guards every
 * state change, forms and fetch alike. Signing in changes the session id.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimits.Settings.class)
public class SecurityConfig {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
			+ "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/** What anyone may read. */
	static final String[] PUBLIC_PAGES = { "/", "/careers/**", "/search", "/assets/**", "/favicon.ico", "/signin",
			"/register", "/error" };

	/** What anyone may change: their own progress (guest or account), and signing up, in and out. */
	static final String[] PUBLIC_CHANGES = { "/careers/*/progress/**", "/careers/*/ladder/position",
			"/careers/*/advisor", "/careers/*/advisor/apply", "/careers/*/skills/assessment", "/register",
			"/signin", "/signout" };

	/** The JSON API's guide content: anyone may read it, from any site (CORS, in the api module's controller). */
	static final String[] API_CONTENT = { "/api/v1/careers", "/api/v1/careers/*",
			"/api/v1/careers/*/salaries/comparison", "/api/v1/search" };

	/** The JSON API's answers about the person asking: their progress, and the CSRF token its changes need. */
	static final String[] API_PERSONAL = { "/api/v1/csrf", "/api/v1/careers/*/progress",
			"/api/v1/careers/*/progress/steps/*" };

	/** What the JSON API lets anyone change (their own progress), with a CSRF token as every change needs. */
	static final String[] API_CHANGES = { "/api/v1/careers/*/progress", "/api/v1/careers/*/progress/steps/*" };

	/** The API's OpenAPI document and its browsable UI. */
	static final String[] API_DOCS = { "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**" };

	static final String[] ACCOUNT_PAGES = { "/account", "/account/**" };

	/** What the site's pages use of the browser's features: nothing beyond the page itself. */
	static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
			+ "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), "
			+ "interest-cohort=()";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityContextRepository contexts,
			ObjectProvider<AuthenticationSuccessHandler> afterSignIn,
			ObjectProvider<RateLimits> limits) throws Exception {
		limits.ifAvailable(rateLimits -> http.addFilterBefore(new RateLimitFilter(rateLimits), CsrfFilter.class));
		http.authorizeHttpRequests(requests -> requests
			.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
			.permitAll()
			.requestMatchers(ACCOUNT_PAGES)
			.authenticated()
			.requestMatchers(HttpMethod.GET, PUBLIC_PAGES)
			.permitAll()
			.requestMatchers(HttpMethod.HEAD, PUBLIC_PAGES)
			.permitAll()
			.requestMatchers(HttpMethod.POST, PUBLIC_CHANGES)
			.permitAll()
			.requestMatchers(HttpMethod.GET, api(API_CONTENT, API_PERSONAL, API_DOCS))
			.permitAll()
			.requestMatchers(HttpMethod.HEAD, api(API_CONTENT, API_PERSONAL, API_DOCS))
			.permitAll()
			// A cross-origin reader's browser asks first whether it may send If-None-Match
			.requestMatchers(HttpMethod.OPTIONS, API_CONTENT)
			.permitAll()
			.requestMatchers(HttpMethod.PUT, API_CHANGES)
			.permitAll()
			.anyRequest()
			.denyAll())
			.formLogin(form -> form.loginPage("/signin")
				.loginProcessingUrl("/signin")
				.usernameParameter("email")
				.passwordParameter("password")
				.successHandler(afterSignIn.getIfAvailable(SecurityConfig::toAccountPage))
				.failureHandler((request, response, exception) -> response.sendRedirect(request.getContextPath()
						+ ((exception instanceof LockedException) ? "/signin?locked" : "/signin?error")
						+ ContinueAddress.of(request.getParameter("continue")).map(page -> "&continue=" + page).orElse(""))))
			.logout(logout -> logout.logoutUrl("/signout").logoutSuccessHandler(SecurityConfig::signedOut))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(signInOrNotFound())
				.accessDeniedHandler(refusedOrNotFound()))
			// Only an account page is worth returning to after signing in; remembering any other request would
			// start a session for a visitor who only read.
			.requestCache(cache -> cache.requestCache(accountPagesOnly()))
			// The CSRF token lives in a cookie, not the session: readers need no server session, and a page left
			// open across a restart or a deploy still saves.
			.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens()).csrfTokenRequestHandler(new LenientCsrfTokenHandler()))
			.securityContext(context -> context.securityContextRepository(contexts))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)));
		return http.build();
	}

	/** The account pages ask a visitor to sign in; anything else that is not public does not exist for them. */
	private static AuthenticationEntryPoint signInOrNotFound() {
		LoginUrlAuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/signin");
		RequestMatcher accountPages = accountPages();
		return (request, response, exception) -> {
			if (accountPages.matches(request)) {
				signIn.commence(request, response, exception);
			}
			else if (Problems.isApi(request)) {
				Problems.write(request, response, Problems.Kind.NOT_FOUND);
			}
			else {
				response.sendError(HttpServletResponse.SC_NOT_FOUND);
			}
		};
	}

	/** A change without a valid CSRF token is refused (403); an address outside the site's routes is not found. */
	private static AccessDeniedHandler refusedOrNotFound() {
		return (request, response, exception) -> {
			boolean csrf = exception instanceof CsrfException;
			if (!Problems.isApi(request)) {
				response.sendError(csrf ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_NOT_FOUND);
			}
			else {
				Problems.write(request, response, csrf ? Problems.Kind.CSRF_TOKEN : Problems.Kind.NOT_FOUND);
			}
		};
	}

	private static String[] api(String[]... groups) {
		return Arrays.stream(groups).flatMap(Arrays::stream).toArray(String[]::new);
	}

	private static HttpSessionRequestCache accountPagesOnly() {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache.setRequestMatcher(accountPages());
		return cache;
	}

	private static RequestMatcher accountPages() {
		return new OrRequestMatcher(Arrays.stream(ACCOUNT_PAGES)
			.map(path -> PathPatternRequestMatcher.withDefaults().matcher(path))
			.toArray(RequestMatcher[]::new));
	}

	private static AuthenticationSuccessHandler toAccountPage() {
		SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler();
		handler.setDefaultTargetUrl("/account");
		return handler;
	}

	/** Back to the page the person signed out on (if it is a reading page of this site), which says so. */
	private static void signedOut(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		String page = ContinueAddress.of(request.getParameter("continue")).orElse("/");
		Flash.save(request, response, page, "account.signedOut");
		response.sendRedirect(request.getContextPath() + page);
	}

	private static CookieCsrfTokenRepository csrfTokens() {
		CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
		tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
		return tokens;
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

}
