package org.careerpath;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the guide's text file into the pieces of text a reader must be able to find in the app: every paragraph,
 * bullet, heading part and tip, without the source website's navigation and promotion.
 */
final class GuideFacts {

	/** Lines that are the source page's chrome, its section headings or its promotion, not career facts. */
	private static final Set<String> NOT_FACTS = Set.of("how to become a director of clinical services",
			"Contents show", "Steps to Become a Director of Clinical Services",
			"Director of Clinical Services Roles and Responsibilities",
			"What Does a Director of Clinical Services Do?", "Essential Director of Clinical Services Skills",
			"Director of Clinical Services Career Path Progression", "Director of Clinical Services Salary",
			"Director of Clinical Services Work Environment", "FAQs About Becoming a Director of Clinical Services",
			"Conclusion", "Similar Posts", "Leave a Reply");

	private GuideFacts() {
	}

	static List<String> read(Path guide) throws IOException {
		List<String> lines = Files.readAllLines(guide, StandardCharsets.UTF_8);
		List<String> facts = new ArrayList<>();
		for (int i = 1; i < lines.size(); i++) { // line 0 is the page title, shown as the guide's title
			String line = lines.get(i).replace('\u00a0', ' ').strip();
			if (line.startsWith("If you’re searching for personalized advice")) {
				break; // the rest is the website's promotion and links
			}
			if (line.isEmpty() || NOT_FACTS.contains(line) || line.startsWith("•") && i < 20) {
				continue; // the introduction's "We'll discuss" bullets
			}
			line = line.replaceFirst("^(•|\\d+\\.)\\s*", "").replace(" We’ll discuss:", "");
			if (line.startsWith("Median Salary: ")) {
				facts.add(line.substring("Median Salary: ".length()).replace(" per year", ""));
			}
			else if (line.matches("^Step \\d+: .*")) {
				facts.add(line.substring(line.indexOf(": ") + 2).replaceAll("\\.$", ""));
			}
			else if (line.matches("^[A-Z][A-Za-z -]{1,40}: .*")) { // "Leadership: ...", "The Foundation: ..."
				facts.add(line.substring(0, line.indexOf(": ")));
				facts.add(line.substring(line.indexOf(": ") + 2));
			}
			else {
				facts.add(line);
			}
		}
		return facts;
	}

}
