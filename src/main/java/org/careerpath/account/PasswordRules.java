package org.careerpath.account;

import java.util.Optional;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;

/**
 * What makes a new password acceptable beyond its length (the forms' constraints): not the email address, and not
 * among the commonest or most guessable passwords, as the nbvcxz estimator (with its own dictionaries of common
 * passwords, words and keyboard patterns) judges them. One home for each rule.
 */
final class PasswordRules {

	/**
	 * Estimated guessing entropy a password needs, in bits: enough to refuse "password", "12345678" or "Password1!",
	 * while a phrase of a few words passes. Guessing online is slowed further by the sign-in limits.
	 */
	static final double MINIMUM_ENTROPY = 20;

	private PasswordRules() {
	}

	/** The message code of the first rule the password breaks, if any. */
	static Optional<String> problem(String password, String email) {
		if (password == null) {
			return Optional.empty();
		}
		if (email != null && password.strip().equalsIgnoreCase(EmailAddresses.normalize(email))) {
			return Optional.of("password.sameAsEmail");
		}
		if (!Estimator.INSTANCE.estimate(password).isMinimumEntropyMet()) {
			return Optional.of("password.weak");
		}
		return Optional.empty();
	}

	/** Loaded on first use: its dictionaries take about 20 MB and a second to read. */
	private static final class Estimator {

		static final Nbvcxz INSTANCE = new Nbvcxz(
				new ConfigurationBuilder().setMinimumEntropy(MINIMUM_ENTROPY).createConfiguration());

	}

}
