package org.careerpath.advisor;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan's calendar is valid iCalendar: parsed back strictly by ical4j, with every line as RFC 5545 wants it. */
class CalendarTests {

	static final List<Plan.Dated> STEPS = List.of(
			new Plan.Dated("networking", 9, "Network with Healthcare Professionals, Leaders; and Mentors", LocalDate.of(2027, 3, 1)),
			new Plan.Dated("apply-for-positions", 10,
					"Apply for Director of Clinical Services Positions with a very long title that must be folded across lines ✓",
					LocalDate.of(2028, 1, 31)));

	@Test
	void parsesBackWithOneAllDayEventPerStep() throws Exception {
		String ics = Calendar.of("director-of-clinical-services", "Director of Clinical Services", STEPS,
				"https://careers.example/careers/director-of-clinical-services/steps/", Instant.parse("2026-11-30T10:15:00Z"));
		net.fortuna.ical4j.model.Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		calendar.validate();
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).hasSize(2);
		VEvent first = events.get(0);
		assertThat(first.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo("director-of-clinical-services-networking@careerpath");
		assertThat(first.getStartDate().orElseThrow().getValue()).isEqualTo("20270301");
		assertThat(first.getStartDate().orElseThrow().toString()).contains("VALUE=DATE");
		assertThat(first.getProperty(Property.SUMMARY).orElseThrow().getValue())
			.isEqualTo("Step 9: Network with Healthcare Professionals, Leaders; and Mentors");
		assertThat(events.get(1).getProperty(Property.SUMMARY).orElseThrow().getValue()).endsWith("folded across lines ✓");
		assertThat(first.getDateStamp().orElseThrow().getValue()).isEqualTo("20261130T101500Z");
	}

	@Test
	void linesEndInCrlfAreFoldedAt75OctetsAndTextIsEscaped() {
		String ics = Calendar.of("c", "Career", STEPS, "https://x/", Instant.EPOCH);
		assertThat(ics).endsWith("END:VCALENDAR\r\n").doesNotContain("\r\n\r\n");
		assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
		for (String line : ics.split("\r\n")) {
			assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
		assertThat(ics.replace("\r\n ", "")).as("unfolded").contains("Professionals\\, Leaders\\; and Mentors");
	}

}
