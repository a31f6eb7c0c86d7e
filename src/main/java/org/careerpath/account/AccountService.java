package org.careerpath.account;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, changes and deletes accounts; tells the rest of the application through {@link AccountEvents}. */
@Service
class AccountService {

	private final UserAccountRepository accounts;

	private final PasswordEncoder encoder;

	private final ApplicationEventPublisher events;

	private final List<PersonalDataContributor> contributors;

	private final Clock clock;

	AccountService(UserAccountRepository accounts, PasswordEncoder encoder, ApplicationEventPublisher events,
			List<PersonalDataContributor> contributors, Clock clock) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.events = events;
		this.contributors = contributors;
		this.clock = clock;
	}

	/** Creates the account; the caller signs the person in. */
	@Transactional
	AccountUser register(String email, String password) {
		String address = AccountUserDetailsService.normalize(email);
		if (this.accounts.existsByEmail(address)) {
			throw new EmailTakenException();
		}
		UserAccount account = this.accounts
			.save(new UserAccount(address, this.encoder.encode(password), this.clock.instant()));
		return new AccountUser(account.getId(), account.getEmail(), account.getPasswordHash());
	}

	/** Runs after the new account is signed in, so listeners can move the guest's progress to it. */
	void registered(AccountUser user) {
		this.events.publishEvent(new AccountEvents.Registered(user.getId()));
	}

	/** False when the current password is not right; nothing changes then. */
	@Transactional
	boolean changePassword(long accountId, String currentPassword, String newPassword) {
		UserAccount account = find(accountId);
		if (!this.encoder.matches(currentPassword, account.getPasswordHash())) {
			return false;
		}
		account.changePasswordHash(this.encoder.encode(newPassword));
		return true;
	}

	/** Deletes the account and, through its listeners, everything kept for it. False when the password is wrong. */
	@Transactional
	boolean delete(long accountId, String password) {
		UserAccount account = find(accountId);
		if (!this.encoder.matches(password, account.getPasswordHash())) {
			return false;
		}
		this.events.publishEvent(new AccountEvents.Deleted(accountId));
		this.accounts.delete(account);
		return true;
	}

	@Transactional(readOnly = true)
	Map<String, Object> personalData(long accountId) {
		UserAccount account = find(accountId);
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("format", "careerpath-personal-data");
		data.put("exportedAt", this.clock.instant().toString());
		data.put("account", Map.of("email", account.getEmail(), "createdAt", account.getCreatedAt().toString()));
		for (PersonalDataContributor contributor : this.contributors) {
			data.put(contributor.section(), contributor.personalData(accountId));
		}
		return data;
	}

	private UserAccount find(long accountId) {
		return this.accounts.findById(accountId).orElseThrow(() -> new IllegalStateException("No account " + accountId));
	}

	static class EmailTakenException extends RuntimeException {

		EmailTakenException() {
			super("An account with this email exists");
		}

	}

}
