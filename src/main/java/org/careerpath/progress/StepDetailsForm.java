package org.careerpath.progress;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;

import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** A step's private note, date completed and evidence link, as typed. */
record StepDetailsForm(@Size(max = MAX_NOTE) String note,
		@PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate completedOn,
		@Size(max = MAX_LINK) @WebLink String evidenceUrl) {

	/** No real completion date is older; an earlier one is a typing slip (or a file made up to break things). */
	static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	static final int MAX_NOTE = 4000;

	static final int MAX_LINK = 2000;

	boolean completedTooEarly() {
		return this.completedOn != null && this.completedOn.isBefore(EARLIEST);
	}

	/**
	 * Only http and https links with a host and no user part: no javascript:, data: or file: links, nothing the URI
	 * grammar rejects (spaces, quotes, angle brackets, broken escapes), and nothing like https://trusted@evil.
	 */
	static boolean isWebLink(String text) {
		String link = text.strip();
		if (link.length() > MAX_LINK || link.chars().anyMatch(Character::isWhitespace)) {
			return false;
		}
		try {
			URI uri = new URI(link);
			String scheme = uri.getScheme();
			return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getRawAuthority() != null
					&& !uri.getRawAuthority().isEmpty() && uri.getRawUserInfo() == null && !uri.getRawAuthority().contains("@");
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
