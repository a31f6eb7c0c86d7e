package org.careerpath.progress;

import java.nio.charset.StandardCharsets;

import org.careerpath.support.Browser;
import org.careerpath.support.Browser.Page;
import org.careerpath.support.CareerPathTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checklist stays light on a phone: under 60 KB of HTML with every step's controls, whatever is saved, because
 * each step's note form is a page of its own, opened from a link by the step.
 */
@CareerPathTest
class ProgressPageWeightTests {

	static final String CAREER = "/careers/director-of-clinical-services";

	static final String[] STEPS = { "educational-background", "healthcare-degree", "practical-experience",
			"further-education", "certifications-and-licenses", "leadership-skills", "healthcare-management-experience",
			"latest-developments", "networking", "apply-for-positions" };

	@LocalServerPort
	int port;

	@Test
	void theChecklistWithEverythingSavedIsUnder60KbAndStillOffersEveryControl() {
		Browser guest = new Browser(this.port);
		guest.get(CAREER + "/progress");
		for (String step : STEPS) {
			guest.postForJson(CAREER + "/progress/steps/" + step + "/done", "done", "true");
			guest.post(CAREER + "/progress/steps/" + step + "/details", "note", "What I did for " + step + ". ".repeat(20),
					"completedOn", "2024-05-01", "evidenceUrl", "https://example.org/evidence/" + step);
		}

		Page checklist = guest.get(CAREER + "/progress?show=all");

		assertThat(checklist.html().getBytes(StandardCharsets.UTF_8).length).isLessThan(60 * 1024);
		for (String step : STEPS) {
			assertThat(checklist.html()).contains("id=\"status-progress-" + step + "-DONE\"")
				.contains("href=\"/careers/director-of-clinical-services/progress/steps/" + step + "/details\"")
				.contains("What I did for " + step);
		}
		assertThat(checklist.text()).contains("10 of 10 steps done").contains("Change your note, date completed or evidence link");
	}

	@Test
	void theNoteLinkOpensTheFormAndSavingComesBackToTheStepSayingSo() {
		Browser guest = new Browser(this.port);
		Page checklist = guest.get(CAREER + "/progress");
		assertThat(checklist.text()).contains("Add a note, date completed or evidence link: Network with Healthcare Professionals and Leaders");

		Page form = guest.get(CAREER + "/progress/steps/networking/details");
		assertThat(form.html()).contains("name=\"note\"").contains("name=\"completedOn\"").contains("name=\"evidenceUrl\"");
		Page saved = guest.post(CAREER + "/progress/steps/networking/details", "note", "Met the regional director",
				"completedOn", "", "evidenceUrl", "");

		assertThat(saved.url()).endsWith(CAREER + "/progress#details-progress-networking");
		assertThat(saved.html()).contains("id=\"details-progress-networking\"");
		assertThat(saved.text()).contains("Saved your note, date and link.").contains("Met the regional director");
	}

}
