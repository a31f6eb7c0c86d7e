package org.careerpath.advisor;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A plan's timeline as an iCalendar file (RFC 5545): one all-day event per step, with a stable UID, DTSTAMP,
 * DTSTART;VALUE=DATE, escaped text, CRLF line ends and lines folded at 75 octets.
 */
final class Calendar {

	private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private Calendar() {
	}

	static String of(String slug, String careerTitle, List<Plan.Dated> steps, String link, Instant now) {
		StringBuilder ics = new StringBuilder();
		line(ics, "BEGIN:VCALENDAR");
		line(ics, "VERSION:2.0");
		line(ics, "PRODID:-//CareerPath//Career Path Advisor//EN");
		line(ics, "CALSCALE:GREGORIAN");
		for (Plan.Dated step : steps) {
			line(ics, "BEGIN:VEVENT");
			line(ics, "UID:" + slug + "-" + step.stepKey() + "@careerpath");
			line(ics, "DTSTAMP:" + STAMP.format(now));
			line(ics, "DTSTART;VALUE=DATE:" + DATE.format(step.date()));
			line(ics, "DTEND;VALUE=DATE:" + DATE.format(step.date().plusDays(1)));
			line(ics, "SUMMARY:" + escape("Step " + step.position() + ": " + step.title()));
			line(ics, "DESCRIPTION:" + escape(careerTitle + ", step " + step.position() + ". " + link + step.stepKey()));
			line(ics, "END:VEVENT");
		}
		line(ics, "END:VCALENDAR");
		return ics.toString();
	}

	/** TEXT values escape backslash, semicolon, comma and line ends (RFC 5545, 3.3.11). */
	static String escape(String text) {
		return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
			.replace("\n", "\\n");
	}

	/** Folds a content line into lines of at most 75 octets, never splitting a UTF-8 character (3.1). */
	private static void line(StringBuilder ics, String content) {
		int octets = 0;
		int limit = 75;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				ics.append("\r\n ");
				octets = 1;
			}
			ics.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		ics.append("\r\n");
	}

}
