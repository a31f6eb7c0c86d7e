package org.careerpath.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Email and password sign-in that refuses further attempts at an email from a client address after too many
 * failures there ({@link SignInAttempts}).
 */
@Component
class LockoutAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final SignInAttempts attempts;

	LockoutAuthenticationProvider(AccountUserDetailsService users, PasswordEncoder encoder, SignInAttempts attempts) {
		this.passwords = new DaoAuthenticationProvider(users);
		this.passwords.setPasswordEncoder(encoder);
		this.attempts = attempts;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String email = authentication.getName();
		if (email == null || email.length() > EmailAddresses.MAX_INPUT) {
			throw new BadCredentialsException("Not an email address"); // nothing is looked up or kept for it
		}
		String client = clientAddress(authentication);
		if (this.attempts.isBlocked(client, email)) {
			throw new LockedException("Too many failed sign-ins for this address from this client");
		}
		try {
			Authentication result = this.passwords.authenticate(authentication);
			this.attempts.succeeded(client, email);
			return result;
		}
		catch (BadCredentialsException ex) {
			this.attempts.failed(client, email);
			throw ex;
		}
	}

	private static String clientAddress(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: "unknown";
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
