package org.careerpath.account;

import java.util.Optional;

/** What makes a new password acceptable beyond its length (the forms' constraints): one home for each rule. */
final class PasswordRules {

	private PasswordRules() {
	}

	/** The message code of the first rule the password breaks, if any. */
	static Optional<String> problem(String password, String email) {
		if (password != null && email != null
				&& password.strip().equalsIgnoreCase(AccountUserDetailsService.normalize(email))) {
			return Optional.of("password.sameAsEmail");
		}
		return Optional.empty();
	}

}
