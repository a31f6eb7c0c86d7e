package org.careerpath.account;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An address an account can have: no hidden or control characters, and at most 254 characters once normalised
 * ({@link EmailAddresses}), so that look-alikes of one address are one account. Blank is left to {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = AccountEmail.Validator.class)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@interface AccountEmail {

	String message() default "{Size.email}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<AccountEmail, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || value.isBlank()) {
				return true;
			}
			if (value.length() > EmailAddresses.MAX_INPUT
					|| EmailAddresses.normalize(value).length() > EmailAddresses.MAX_LENGTH) {
				return false;
			}
			if (EmailAddresses.hasHiddenCharacters(value)) {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate("{email.hidden}").addConstraintViolation();
				return false;
			}
			return true;
		}

	}

}
