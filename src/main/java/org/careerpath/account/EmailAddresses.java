package org.careerpath.account;

import java.text.Normalizer;
import java.util.Locale;

/**
 * One form for every email address the site keeps or looks up: Unicode NFKC (so fullwidth and other look-alike forms
 * become the plain letters), without surrounding spaces, in lower case. Letters that do not show (zero-width,
 * direction marks) and control characters are never part of an address.
 */
final class EmailAddresses {

	/** The longest address that can be delivered to (RFC 5321), after normalising. */
	static final int MAX_LENGTH = 254;

	/** Far longer than any address: such input is refused before it is normalised or kept anywhere. */
	static final int MAX_INPUT = 4 * MAX_LENGTH;

	private EmailAddresses() {
	}

	static String normalize(String email) {
		if (email == null) {
			return "";
		}
		String input = (email.length() > MAX_INPUT) ? email.substring(0, MAX_INPUT) : email;
		return Normalizer.normalize(input, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
	}

	/** True when the address has a character no real address has: invisible, a control or a space inside. */
	static boolean hasHiddenCharacters(String email) {
		return email != null && email.strip().codePoints().anyMatch(c -> {
			int type = Character.getType(c);
			return type == Character.FORMAT || type == Character.CONTROL || type == Character.PRIVATE_USE
					|| type == Character.UNASSIGNED || type == Character.SURROGATE || Character.isWhitespace(c)
					|| Character.isSpaceChar(c);
		});
	}

}
