package org.careerpath.career.guide;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.careerpath.career.AdvisorRules;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Structure we add to a guide (links from steps to skills and credentials, the advisor's rules) must rest on the
 * guide's own words: every evidence quote in the first guide's file is found in the guide's text (parts of a quote
 * may be joined by " ... ").
 */
class GuideEvidenceTests {

	/** The guide's text; CI has it beside the clone (as {@code ReadingJourneyTests} reads it). */
	static final Path TEXT = Path.of(System.getProperty("careerpath.guide",
			"../shared/guide/director-of-clinical-services.txt"));

	static final Path FILE = Path.of("src/main/resources/guides/director-of-clinical-services.yaml");

	@Test
	void everyEvidenceQuoteIsTheGuidesOwnWords() throws IOException {
		assumeTrue(Files.exists(TEXT), "the guide is not beside this clone at " + TEXT.toAbsolutePath());
		String text = normal(Files.readString(TEXT, StandardCharsets.UTF_8));
		GuideFile guide = GuideReader.read(FILE.toString(), Files.readAllBytes(FILE)).guide();
		List<String> quotes = new ArrayList<>();
		guide.steps().forEach(step -> {
			step.skills().forEach(link -> quotes.add(link.evidence()));
			step.credentials().forEach(link -> quotes.add(link.evidence()));
		});
		AdvisorRules advisor = guide.advisor();
		advisor.doneWhen().forEach(rule -> quotes.add(rule.evidence()));
		advisor.undecided().forEach(rule -> quotes.add(rule.evidence()));
		advisor.rungSkills().forEach(rung -> rung.skills().forEach(skill -> quotes.add(skill.evidence())));
		assertThat(quotes).hasSizeGreaterThan(60).doesNotContainNull();
		List<String> missing = new ArrayList<>();
		for (String quote : quotes) {
			for (String part : quote.split(" \\.\\.\\. ")) {
				if (!text.contains(normal(part))) {
					missing.add(part);
				}
			}
		}
		assertThat(missing).as("quotes not found in the guide's text").isEmpty();
	}

	private static String normal(String text) {
		return text.replace('\u00a0', ' ').replaceAll("\\s+", " ");
	}

}
