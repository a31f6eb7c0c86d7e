package org.careerpath.progress;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Empty, or an http or https link with a host and no user part: no javascript:, data: or file: links, nothing the
 * URI grammar rejects (spaces, quotes, angle brackets, broken escapes), and nothing like https://trusted@evil.
 */
@Documented
@Constraint(validatedBy = WebLink.Validator.class)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@interface WebLink {

	String message() default "{evidenceUrl.web}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<WebLink, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || isWebLink(value.strip());
		}

		static boolean isWebLink(String link) {
			if (link.chars().anyMatch(Character::isWhitespace)) {
				return false;
			}
			try {
				URI uri = new URI(link);
				String scheme = uri.getScheme();
				return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getRawAuthority() != null
						&& !uri.getRawAuthority().isEmpty() && uri.getRawUserInfo() == null
						&& !uri.getRawAuthority().contains("@");
			}
			catch (URISyntaxException ex) {
				return false;
			}
		}

	}

}
