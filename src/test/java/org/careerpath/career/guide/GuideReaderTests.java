package org.careerpath.career.guide;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an author is told about a guide file: each rule broken is named by file, line, item key and field, and a file
 * with any problem gives no guide at all (so it can never half-load).
 */
class GuideReaderTests {

	static final Path FIXTURE = Path.of("src/test/resources/guides/fixture-care-team-lead.yaml");

	static final String FILE = "guides/fixture-care-team-lead.yaml";

	@Test
	void theRealGuideAndTheFixtureAreValid() throws IOException {
		GuideReader.Read real = read("guides/director-of-clinical-services.yaml",
				Files.readString(Path.of("src/main/resources/guides/director-of-clinical-services.yaml")));
		assertThat(real.problems()).isEmpty();
		assertThat(real.guide().steps()).hasSize(10);
		assertThat(real.guide().salaries().currency()).isEqualTo("USD");
		GuideReader.Read fixture = read(FILE, fixture());
		assertThat(fixture.problems()).isEmpty();
		assertThat(fixture.guide().steps()).hasSize(6);
		assertThat(fixture.guide().faq()).isEmpty();
		assertThat(fixture.contentHash()).hasSize(64).isEqualTo(read(FILE, fixture()).contentHash());
	}

	@Test
	void theExampleInTheAuthorsGuideIsValid() throws IOException {
		String doc = Files.readString(Path.of("docs/authoring-guides.md"));
		String example = doc.substring(doc.indexOf("```yaml\n") + 8, doc.indexOf("```", doc.indexOf("```yaml\n") + 8));
		GuideReader.Read read = read("nurse-manager.yaml", example);
		assertThat(read.problems()).isEmpty();
		assertThat(read.guide().steps()).singleElement().satisfies(step -> assertThat(step.actions()).hasSize(1));
		assertThat(read.guide().salaries().bands()).hasSize(2);
	}

	@Test
	void aStepWithoutSummaryIsSummarisedByItsFirstParagraph() throws IOException {
		GuideFile.Step first = read(FILE, fixture()).guide().steps().get(0);
		assertThat(first.summary()).isNull();
		assertThat(first.summaryOrFirstParagraph()).isEqualTo("Learn the basics of the fictional role.");
	}

	@Test
	void anUnknownFieldIsNamedWithItsLineAndPath() throws IOException {
		String text = fixture().replace("    title: Join a Care Team", "    titel: Join a Care Team");
		assertThat(problems(text)).singleElement()
			.isEqualTo(FILE + ":" + lineOf(text, "titel: Join") + ": steps[join-a-team].titel: unknown field"
					+ " \u201ctitel\u201d; check its spelling and indentation.");
	}

	@Test
	void aFieldWrittenTwiceInOneItemIsNamedOnItsSecondLine() throws IOException {
		String text = fixture().replace("    title: Lead a Shift\n", "    title: Lead a Shift\n    title: Lead Two\n");
		assertThat(problems(text)).containsExactly(FILE + ":" + lineOf(text, "title: Lead Two")
				+ ": steps[lead-a-shift]: \u201ctitle\u201d is written twice in this item; keep one.");
	}

	@Test
	void typicalYamlSlipsAreExplainedWhereTheyAre() throws IOException {
		String tab = fixture().replace("    body: Lead one fictional", "\tbody: Lead one fictional");
		assertThat(problems(tab)).singleElement().asString()
			.startsWith(FILE + ":" + lineOf(tab, "\tbody") + ": file: is not valid YAML: ")
			.endsWith("Indent with spaces, never tabs.");
		String colon = fixture().replace("title: Lead a Shift", "title: Lead: a Shift");
		assertThat(problems(colon)).singleElement().asString()
			.startsWith(FILE + ":" + lineOf(colon, "title: Lead: a Shift") + ": file: is not valid YAML: ")
			.contains("must be in quotes, like title: \"Shadowing: a first step\"");
		String comma = fixture().replace("      high: 50000", "      high: 50,000");
		assertThat(problems(comma)).containsExactly(FILE + ":" + lineOf(comma, "high: 50,000")
				+ ": salaries.bands[senior].high: must be a whole number, such as 80000: no commas, spaces, decimals"
				+ " or currency signs.");
		String decimal = fixture().replace("      high: 50000", "      high: 50000.50");
		assertThat(problems(decimal)).singleElement().asString()
			.startsWith(FILE + ":" + lineOf(decimal, "high: 50000.50") + ": salaries.bands[senior].high: must be a whole");
		assertThat(problems("")).containsExactly(FILE + ": file: is empty: a guide starts with its slug, title,"
				+ " guideTitle and summary (see docs/authoring-guides.md).");
	}

	@Test
	void problemsInsideAnItemPointAtTheirOwnLine() throws IOException {
		String emptyItem = fixture().replace("      - key: pass-the-course\n", "      -\n      - key: pass-the-course\n");
		assertThat(problems(emptyItem)).containsExactly(FILE + ":" + (lineOf(emptyItem, "key: pass-the-course") - 1)
				+ ": steps[take-a-course].actions[1]: is empty: write the item's fields under its \u201c-\u201d, or"
				+ " remove the line.");
		// The skill's own line, not the step's link that uses the same key earlier in the file.
		String noName = fixture().replace("    name: Coordination\n", "");
		assertThat(problems(noName)).containsExactly(
				FILE + ":" + keyLine(noName, "coordination", 2) + ": skills[coordination].name: is missing.");
		String noBands = fixture().substring(0, fixture().indexOf("  bands:")) + "  bands: []\n";
		assertThat(problems(noBands)).containsExactly(FILE + ":" + lineOf(noBands, "  bands: []")
				+ ": salaries.bands: a salaries section needs at least one band; leave the section out when the guide"
				+ " gives none.");
	}

	@Test
	void aDuplicateKeyNamesTheKeyAndTheSecondLine() throws IOException {
		String text = fixture().replace("  - key: find-a-mentor", "  - key: lead-a-shift");
		assertThat(problems(text)).containsExactly(FILE + ":" + lineOf(text, "key: lead-a-shift", 2)
				+ ": steps[lead-a-shift].key: \u201clead-a-shift\u201d is used twice in steps.");
	}

	@Test
	void aMissingKeyAndAMissingTitleAreEachNamed() throws IOException {
		String text = fixture().replace("  - key: find-a-mentor\n    title: Find a Mentor\n",
				"  - title: Find a Mentor\n").replace("    title: Apply to Lead a Team\n", "");
		assertThat(problems(text)).containsExactly(
				FILE + ":" + lineOf(text, "- title: Find a Mentor")
						+ ": steps[4].key: is missing: every item needs a key, which readers' progress keeps.",
				FILE + ":" + lineOf(text, "key: apply-to-lead") + ": steps[apply-to-lead].title: is missing.");
	}

	@Test
	void anEmptyStepIsRefused() throws IOException {
		String text = fixture().replace("    body: Find a fictional mentor who leads a care team.\n", "");
		assertThat(problems(text)).containsExactly(FILE + ":" + lineOf(text, "key: find-a-mentor")
				+ ": steps[find-a-mentor].body: is empty: a step needs the guide's text of what to do.");
	}

	@Test
	void aBandWhoseLowEndIsAboveItsHighEndIsRefused() throws IOException {
		String text = fixture().replace("      low: 38000\n      high: 50000", "      low: 52000\n      high: 50000");
		assertThat(problems(text)).containsExactly(FILE + ":" + lineOf(text, "low: 52000")
				+ ": salaries.bands[senior]: its low figure (52000) is above its high figure (50000);"
				+ " write the lower one as low.");
	}

	@Test
	void overlappingExperienceRangesAreRefusedButMeetingOnesAreNot() throws IOException {
		String text = fixture().replace("        from: 2\n", "        from: 1\n");
		assertThat(problems(text)).containsExactly(FILE + ":" + (lineOf(text, "text: 2+ years") - 1)
				+ ": salaries.bands[senior].experience: its years overlap those of salaries.bands[junior];"
				+ " ranges may meet (3-6 after 1-3) but not overlap.");
	}

	@Test
	void aSlugThatIsNotUrlSafeOrNotTheFileNameIsRefused() throws IOException {
		assertThat(problems(fixture().replace("slug: fixture-care-team-lead", "slug: Care Team/Lead")))
			.containsExactly(FILE + ":" + lineOf(fixture(), "slug:") + ": slug: \u201cCare Team/Lead\u201d must be lower-case letters and digits joined"
					+ " by single hyphens (like step-one), at most 100 characters.");
		assertThat(problems(fixture().replace("slug: fixture-care-team-lead", "slug: other-career")))
			.containsExactly(FILE + ":" + lineOf(fixture(), "slug:") + ": slug: is \u201cother-career\u201d, so the file must be named other-career.yaml"
					+ " (one file per career, named after its slug).");
	}

	@Test
	void linksToUnknownSkillsAndBadMoneyAreNamed() throws IOException {
		String text = fixture().replace("      - key: listening\n        evidence", "      - key: lisening\n        evidence")
			.replace("currency: EUR", "currency: Euro")
			.replace("workingHoursPerYear: 1720", "workingHoursPerYear: 0");
		assertThat(problems(text)).containsExactly(
				FILE + ":" + lineOf(text, "key: lisening")
						+ ": steps[take-a-course].skills[lisening]: is not one of the guide's skills; add it there or"
						+ " correct the key.",
				FILE + ":" + lineOf(text, "currency: Euro")
						+ ": salaries.currency: must be an ISO 4217 currency code such as USD, EUR or GBP.",
				FILE + ":" + lineOf(text, "workingHoursPerYear")
						+ ": salaries.workingHoursPerYear: must be a number of hours from 1 to 8,784 (a year has no more).");
	}

	@Test
	void brokenYamlIsReportedWithItsLineAndNoGuide() throws IOException {
		String text = fixture().replace("    title: Lead a Shift", "    title: \"Lead a Shift");
		GuideReader.Read read = read(FILE, text);
		assertThat(read.valid()).isFalse();
		assertThat(read.guide()).isNull();
		assertThat(read.problems()).singleElement()
			.satisfies(problem -> {
				assertThat(problem.line()).isGreaterThanOrEqualTo(lineOf(text, "\"Lead a Shift"));
				assertThat(problem.message()).startsWith("is not valid YAML: ");
			});
	}

	@Test
	void theCheckCommandPrintsTheSameMessagesAndExitsNonZero(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("fixture-care-team-lead.yaml"), fixture().replace("  - key: find-a-mentor",
				"  - key: lead-a-shift"));
		Files.writeString(dir.resolve("notes.txt"), "not a guide");
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		int exit = GuideCheck.run(new String[] { dir.toString() }, new PrintStream(printed, true, StandardCharsets.UTF_8));
		assertThat(exit).isEqualTo(1);
		assertThat(printed.toString(StandardCharsets.UTF_8))
			.contains(dir.resolve("fixture-care-team-lead.yaml") + ":")
			.contains("steps[lead-a-shift].key: \u201clead-a-shift\u201d is used twice in steps.")
			.contains("1 of 1 guides not valid");

		printed.reset();
		assertThat(GuideCheck.run(new String[] { FIXTURE.toString() },
				new PrintStream(printed, true, StandardCharsets.UTF_8))).isZero();
		assertThat(printed.toString(StandardCharsets.UTF_8)).contains("valid (6 steps, 7 actions, 3 rungs, 3 salary bands)");
		assertThat(GuideCheck.run(new String[] { dir.resolve("missing.yaml").toString() },
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))).isEqualTo(2);
	}

	static String fixture() throws IOException {
		return Files.readString(FIXTURE);
	}

	static GuideReader.Read read(String file, String text) {
		return GuideReader.read(file, text.getBytes(StandardCharsets.UTF_8));
	}

	private static List<String> problems(String text) {
		return read(FILE, text).problems().stream().map(GuideProblem::toString).toList();
	}

	/** The 1-based line of the n-th line containing the text. */
	static int lineOf(String text, String part, int occurrence) {
		List<String> lines = text.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(part) && --occurrence == 0) {
				return i + 1;
			}
		}
		throw new AssertionError("no line with " + part);
	}

	static int lineOf(String text, String part) {
		return lineOf(text, part, 1);
	}

	/** The line of an item's "key:", matched exactly (so "senior" is not "senior-care-assistant"). */
	static int keyLine(String text, String key) {
		return keyLine(text, key, 1);
	}

	static int keyLine(String text, String key, int occurrence) {
		List<String> lines = text.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).strip().equals("- key: " + key) && --occurrence == 0) {
				return i + 1;
			}
		}
		throw new AssertionError("no item with key " + key);
	}

}
