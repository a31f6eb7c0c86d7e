package org.careerpath.progress;

import java.time.LocalDate;

import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A step's private note, date completed and evidence link. The same constraints check the form and every step of an
 * imported file; blank text is no text.
 */
record StepDetails(@Size(max = MAX_NOTE) String note,
		@PastOrPresent @NotBeforeYear(EARLIEST_YEAR) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate completedOn,
		@Size(max = MAX_LINK) @WebLink String evidenceUrl) {

	static final int MAX_NOTE = 4000;

	static final int MAX_LINK = 2000;

	/** No real completion date is older; an earlier one is a typing slip (or a file made up to break things). */
	static final int EARLIEST_YEAR = 1900;

	StepDetails {
		note = blankToNull(note);
		evidenceUrl = blankToNull(evidenceUrl);
	}

	static StepDetails none() {
		return new StepDetails(null, null, null);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
