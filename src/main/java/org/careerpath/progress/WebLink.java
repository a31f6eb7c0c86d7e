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
 * Empty, or an http or https link with a host, a valid port if any, and no user part: no javascript:, data: or file:
 * links, nothing the URI grammar rejects (spaces, quotes, angle brackets, broken escapes), nothing like
 * https://trusted@evil, http://:80/ or port 99999.
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
				return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
						&& isHostAndPort(uri.getRawAuthority());
			}
			catch (URISyntaxException ex) {
				return false;
			}
		}

		/** A host (a name, an IPv4 or a bracketed IPv6 address) and, if any, a port from 1 to 65535; no user part. */
		private static boolean isHostAndPort(String authority) {
			if (authority == null || authority.isEmpty() || authority.contains("@")) {
				return false;
			}
			int hostEnd = authority.startsWith("[") ? authority.indexOf(']') + 1 : authority.indexOf(':');
			if (hostEnd < 0) {
				hostEnd = authority.length();
			}
			String host = authority.substring(0, hostEnd);
			String port = authority.substring(hostEnd);
			if (host.isEmpty() || host.equals("[]")) {
				return false;
			}
			if (port.isEmpty()) {
				return true;
			}
			if (!port.matches(":[0-9]{1,5}")) {
				return false;
			}
			int number = Integer.parseInt(port.substring(1));
			return number >= 1 && number <= 65_535;
		}

	}

}
