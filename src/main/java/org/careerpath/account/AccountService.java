package org.careerpath.account;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
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

	private final EndedSessions sessions;

	private final SignInAttempts attempts;

	private final Counter registrations;

	AccountService(UserAccountRepository accounts, PasswordEncoder encoder, ApplicationEventPublisher events,
			List<PersonalDataContributor> contributors, Clock clock, EndedSessions sessions,
			SignInAttempts attempts, MeterRegistry meters) {
		this.registrations = Counter.builder("careerpath.registrations")
			.description("Accounts created")
			.register(meters);
		this.sessions = sessions;
		this.attempts = attempts;
		this.accounts = accounts;
		this.encoder = encoder;
		this.events = events;
		this.contributors = contributors;
		this.clock = clock;
	}

	/**
	 * Creates the account; the caller signs the person in. Two registrations of one address at once end with one
	 * account: the unique address refuses the second, which is told the address is taken.
	 */
	@Transactional
	AccountUser register(String email, String password) {
		String address = EmailAddresses.normalize(email);
		if (this.accounts.existsByEmail(address)) {
			throw new EmailTakenException();
		}
		try {
			UserAccount account = this.accounts
				.saveAndFlush(new UserAccount(address, this.encoder.encode(password), this.clock.instant()));
			this.registrations.increment();
			return new AccountUser(account.getId(), account.getEmail(), account.getPasswordHash());
		}
		catch (DataIntegrityViolationException ex) {
			throw new EmailTakenException();
		}
	}

	/**
	 * False when the current password is not right; nothing changes then. A change ends the account's other
	 * sessions, so a password someone else learnt stops working everywhere.
	 */
	@Transactional
	boolean changePassword(AccountUser user, String currentSessionId, String currentPassword, String newPassword,
			String clientAddress) {
		UserAccount account = find(user.getId());
		if (!passwordMatches(account, currentPassword, clientAddress)) {
			return false;
		}
		account.changePasswordHash(this.encoder.encode(newPassword));
		this.sessions.endAll(user.getUsername(), currentSessionId);
		return true;
	}

	/**
	 * Deletes the account and, through its listeners, everything kept for it; ends all its sessions. False when the
	 * password is wrong.
	 */
	@Transactional
	boolean delete(AccountUser user, String password, String clientAddress) {
		UserAccount account = find(user.getId());
		if (!passwordMatches(account, password, clientAddress)) {
			return false;
		}
		this.events.publishEvent(new AccountEvents.Deleted(user.getId()));
		this.accounts.delete(account);
		this.sessions.endAll(user.getUsername(), null);
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

	/** Re-entered passwords count towards the same lockout as sign-in, so they cannot be guessed without limit. */
	private boolean passwordMatches(UserAccount account, String password, String clientAddress) {
		if (this.attempts.isBlocked(clientAddress, account.getEmail())) {
			return false;
		}
		if (this.encoder.matches(password, account.getPasswordHash())) {
			return true;
		}
		this.attempts.failed(clientAddress, account.getEmail());
		return false;
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
