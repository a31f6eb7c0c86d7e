package org.careerpath.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Email and password sign-in that refuses further attempts for an address after too many failures. */
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
		if (this.attempts.isBlocked(email)) {
			throw new LockedException("Too many failed sign-ins for this address");
		}
		try {
			Authentication result = this.passwords.authenticate(authentication);
			this.attempts.succeeded(email);
			return result;
		}
		catch (BadCredentialsException ex) {
			this.attempts.failed(email);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
