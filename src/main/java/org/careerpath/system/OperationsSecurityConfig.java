package org.careerpath.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The actuator's endpoints. Health (with its liveness and readiness groups) is public, for the proxy and the
 * orchestrator; info, metrics and Prometheus need the operator's role, given with HTTP Basic to the one operator
 * account set by {@code careerpath.operator.password} (plain, or encoded such as <code>{bcrypt}…</code>). Without
 * that setting no one has the role and those endpoints answer 401 to everyone. Nothing here creates a session.
 */
@Configuration(proxyBeanMethods = false)
class OperationsSecurityConfig {

	static final String OPERATOR = "OPERATOR";

	@Bean
	@Order(1)
	SecurityFilterChain operationsFilterChain(HttpSecurity http, PasswordEncoder encoder,
			@Value("${careerpath.operator.username:operator}") String username,
			@Value("${careerpath.operator.password:}") String password) throws Exception {
		DaoAuthenticationProvider operators = new DaoAuthenticationProvider(operator(username, password, encoder));
		operators.setPasswordEncoder(encoder);
		http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.authorizeHttpRequests(requests -> requests.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
				.permitAll()
				.anyRequest()
				.hasRole(OPERATOR))
			.authenticationManager(new ProviderManager(operators))
			.httpBasic(basic -> basic.realmName("CareerPath operations"))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// Read-only endpoints, called by scrapers without cookies
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable());
		return http.build();
	}

	/** A plain password is hashed as people's passwords are; an encoded one ({bcrypt}, {pbkdf2@…}) is kept as it is. */
	private static UserDetailsService operator(String username, String password, PasswordEncoder encoder) {
		if (password.isBlank()) {
			return new InMemoryUserDetailsManager();
		}
		String stored = password.startsWith("{") ? password : encoder.encode(password);
		return new InMemoryUserDetailsManager(User.withUsername(username).password(stored).roles(OPERATOR).build());
	}

}
