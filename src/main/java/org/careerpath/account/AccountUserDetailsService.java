package org.careerpath.account;

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
		return this.accounts.findByEmail(EmailAddresses.normalize(email))
			.map(account -> new AccountUser(account.getId(), account.getEmail(), account.getPasswordHash()))
			.orElseThrow(() -> new UsernameNotFoundException("No account"));
	}


}
