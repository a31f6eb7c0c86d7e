package org.careerpath.progress;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;

import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** A step's private note, date completed and evidence link, as typed. */
record StepDetailsForm(@Size(max = MAX_NOTE) String note,
		@PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate completedOn,
		@Size(max = MAX_LINK) @Pattern(regexp = WEB_LINK) String evidenceUrl) {

	/** Empty, or an http(s) link with a host and no spaces. */
	static final String WEB_LINK = "^\\s*$|^\\s*(?i:https?)://[^\\s/?#@]+(?:[/?#]\\S*)?\\s*$";

	static final int MAX_NOTE = 4000;

	static final int MAX_LINK = 2000;

	/** Only http and https links with a host: no javascript:, data: or file: links can be stored. */
	static boolean isWebLink(String text) {
		String link = text.strip();
		if (link.length() > MAX_LINK || link.chars().anyMatch(Character::isWhitespace)) {
			return false;
		}
		try {
			URI uri = new URI(link);
			String scheme = uri.getScheme();
			return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
