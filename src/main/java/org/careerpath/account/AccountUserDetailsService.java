package org.careerpath.account;

import java.util.Locale;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads an account by its email address for Spring Security. */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final UserAccountRepository accounts;

	AccountUserDetailsService(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public AccountUser loadUserByUsername(String email) {
		return this.accounts.findByEmail(normalize(email))
			.map(account -> new AccountUser(account.getId(), account.getEmail(), account.getPasswordHash()))
			.orElseThrow(() -> new UsernameNotFoundException("No account"));
	}

	static String normalize(String email) {
		return (email == null) ? "" : email.strip().toLowerCase(Locale.ROOT);
	}

}
