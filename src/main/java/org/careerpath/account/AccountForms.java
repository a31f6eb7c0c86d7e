package org.careerpath.account;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The account pages' forms. Messages are in messages.properties under the constraint's key. */
final class AccountForms {

	private AccountForms() {
	}

	record Registration(@NotBlank @AccountEmail @Email String email, @NotBlank @Size(min = 8, max = 128) String password) {

		static Registration empty() {
			return new Registration("", "");
		}

	}

	record PasswordChange(@NotBlank String currentPassword, @NotBlank @Size(min = 8, max = 128) String newPassword) {

		static PasswordChange empty() {
			return new PasswordChange("", "");
		}

	}

	record Deletion(@NotBlank String password, @NotNull @AssertTrue Boolean confirm) {

		static Deletion empty() {
			return new Deletion("", Boolean.FALSE);
		}

	}

}
