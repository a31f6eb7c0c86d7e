package org.careerpath.career.guide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Set;

/**
 * Every rule a guide must keep before any of it is written, each problem named by file, line, item key and field.
 * Lengths are the columns' sizes, so a valid guide always fits the database.
 */
final class GuideValidator {

	private final GuideChecks checks;

	GuideValidator(String file, String text) {
		this.checks = new GuideChecks(file, text);
	}

	List<GuideProblem> validate(GuideFile guide) {
		String slug = guide.slug();
		if (this.checks.required("slug", guide.slug(), GuideChecks.MAX_KEY, this.checks.fieldLine("slug")) && this.checks.isKey("slug", slug, this.checks.fieldLine("slug"))) {
			String expected = slug + ".yaml";
			if (!this.checks.file().endsWith("/" + expected) && !this.checks.file().equals(expected)
					&& !this.checks.file().endsWith("/" + slug + ".yml") && !this.checks.file().equals(slug + ".yml")) {
				this.checks.problem(this.checks.fieldLine("slug"), "slug", "is \u201c" + slug + "\u201d, so the file must be named " + expected
						+ " (one file per career, named after its slug).");
			}
		}
		this.checks.required("title", guide.title(), 200, this.checks.fieldLine("title"));
		this.checks.required("guideTitle", guide.guideTitle(), 300, this.checks.fieldLine("guideTitle"));
		this.checks.required("summary", guide.summary(), 1000, this.checks.fieldLine("summary"));
		this.checks.optional("overview.introduction", guide.overview().introduction(), 4000, this.checks.fieldLine("introduction"));
		this.checks.optional("overview.roleDescription", guide.overview().roleDescription(), 8000, this.checks.fieldLine("roleDescription"));
		this.checks.optional("overview.workEnvironment", guide.overview().workEnvironment(), 8000, this.checks.fieldLine("workEnvironment"));
		this.checks.optional("overview.conclusion", guide.overview().conclusion(), 4000, this.checks.fieldLine("conclusion"));
		this.checks.optional("notes.credentials", guide.notes().credentials(), 2000, this.checks.fieldLine("credentials"));

		Set<String> skillKeys = this.checks.keyed("skills", guide.skills(), GuideFile.Skill::key, (where, skill, line) -> {
			this.checks.required(where + ".name", skill.name(), 200, line);
			this.checks.required(where + ".description", skill.description(), 2000, line);
		});
		Set<String> credentialKeys = this.checks.keyed("credentials", guide.credentials(), GuideFile.Credential::key,
				(where, credential, line) -> {
					this.checks.required(where + ".name", credential.name(), 300, line);
					this.checks.optional(where + ".abbreviation", credential.abbreviation(), 50, line);
					this.checks.required(where + ".description", credential.description(), 2000, line);
					if (credential.kind() == null || !Set.of("licence", "certification").contains(credential.kind())) {
						this.checks.problem(line, where + ".kind", "must be licence or certification.");
					}
				});
		if (guide.steps().isEmpty()) {
			this.checks.problem(this.checks.fieldLine("steps"), "steps", "a guide needs at least one step.");
		}
		this.checks.keyed("steps", guide.steps(), GuideFile.Step::key, (where, step, line) -> {
			this.checks.required(where + ".title", step.title(), 300, line);
			if (step.body() == null || step.body().isBlank()) {
				this.checks.problem(line, where + ".body", "is empty: a step needs the guide's text of what to do.");
			}
			else {
				this.checks.optional(where + ".body", step.body(), 8000, line);
				this.checks.optional(where + ".summary", step.summaryOrFirstParagraph(), 1000, line);
			}
			this.checks.keyed(where + ".actions", step.actions(), GuideFile.Action::key,
					(actionWhere, action, actionLine) -> this.checks.required(actionWhere + ".label", action.label(), 500,
							actionLine));
			links(where + ".skills", step.skills(), skillKeys, "skills", line);
			links(where + ".credentials", step.credentials(), credentialKeys, "credentials", line);
		});
		this.checks.keyed("ladder", guide.ladder(), GuideFile.Rung::key, (where, rung, line) -> {
			this.checks.required(where + ".stage", rung.stage(), 200, line);
			this.checks.required(where + ".title", rung.title(), 200, line);
			this.checks.required(where + ".description", rung.description(), 4000, line);
			this.checks.optional(where + ".tipsIntro", rung.tipsIntro(), 500, line);
			for (int i = 0; i < rung.tips().size(); i++) {
				GuideFile.Tip tip = rung.tips().get(i);
				String tipWhere = where + ".tips[" + i + "]";
				if (tip == null) {
					this.checks.problem(line, tipWhere, "is empty.");
					continue;
				}
				this.checks.required(tipWhere + ".title", tip.title(), 200, line);
				this.checks.required(tipWhere + ".text", tip.text(), 2000, line);
			}
		});
		if (guide.salaries() != null) {
			salaries(guide.salaries());
		}
		if (guide.responsibilities() != null) {
			this.checks.optional("responsibilities.intro", guide.responsibilities().intro(), 2000, this.checks.fieldLine("intro"));
			this.checks.keyed("responsibilities.areas", guide.responsibilities().areas(), GuideFile.Area::key,
					(where, area, line) -> {
						this.checks.required(where + ".title", area.title(), 200, line);
						if (area.duties().isEmpty()) {
							this.checks.problem(line, where + ".duties", "an area needs at least one duty.");
						}
						for (int i = 0; i < area.duties().size(); i++) {
							this.checks.required(where + ".duties[" + i + "]", area.duties().get(i), 1000, line);
						}
					});
		}
		this.checks.keyed("faq", guide.faq(), GuideFile.Faq::key, (where, entry, line) -> {
			this.checks.required(where + ".question", entry.question(), 500, line);
			this.checks.required(where + ".answer", entry.answer(), 4000, line);
		});
		return this.checks.problems();
	}

	private void salaries(GuideFile.Salaries salaries) {
		String currency = salaries.currency();
		if (currency == null || !currency.matches("[A-Z]{3}") || !isCurrency(currency)) {
			this.checks.problem(this.checks.fieldLine("currency"), "salaries.currency",
					"must be an ISO 4217 currency code such as USD, EUR or GBP.");
		}
		if (salaries.workingHoursPerYear() != null
				&& (salaries.workingHoursPerYear() < 1 || salaries.workingHoursPerYear() > 8_784)) {
			this.checks.problem(this.checks.fieldLine("workingHoursPerYear"), "salaries.workingHoursPerYear",
					"must be a number of hours from 1 to 8,784 (a year has no more).");
		}
		GuideFile.Experience experience = salaries.experience();
		this.checks.optional("salaries.experience.label", experience.label(), 300, this.checks.fieldLine("label"));
		this.checks.optional("salaries.experience.counting", experience.counting(), 100, this.checks.fieldLine("counting"));
		this.checks.optional("salaries.experience.rule", experience.rule(), 2000, this.checks.fieldLine("rule"));
		this.checks.optional("salaries.experience.meetingNote", experience.meetingNote(), 500, this.checks.fieldLine("meetingNote"));
		this.checks.optional("salaries.experience.note", experience.note(), 2000, this.checks.fieldLine("note"));
		record Range(String where, int line, int from, long to) {
		}
		List<Range> ranges = new ArrayList<>();
		this.checks.keyed("salaries.bands", salaries.bands(), GuideFile.Band::key, (where, band, line) -> {
			this.checks.required(where + ".level", band.level(), 300, line);
			this.checks.required(where + ".description", band.description(), 4000, line);
			boolean amounts = this.checks.amount(where + ".low", band.low(), line) & this.checks.amount(where + ".high", band.high(), line);
			if (amounts && band.low() > band.high()) {
				this.checks.problem(line, where, "its low figure (" + band.low() + ") is above its high figure (" + band.high()
						+ "); write the lower one as low.");
			}
			GuideFile.Years years = band.experience();
			if (years == null) {
				return;
			}
			this.checks.required(where + ".experience.text", years.text(), 100, line);
			if (years.from() == null && years.to() != null) {
				this.checks.problem(line, where + ".experience.from", "is missing: a range with an end needs its start.");
			}
			else if (years.from() != null) {
				if (years.from() < 0 || (years.to() != null && years.to() < years.from())) {
					this.checks.problem(line, where + ".experience", "years must be 0 or more, with from not after to.");
				}
				else {
					ranges.add(new Range(where, line, years.from(), (years.to() != null) ? years.to() : Long.MAX_VALUE));
				}
			}
		});
		// Ranges may meet (1-3 and 3-6: the higher band wins at 3) but not overlap.
		ranges.sort(Comparator.comparingInt(Range::from));
		for (int i = 1; i < ranges.size(); i++) {
			Range before = ranges.get(i - 1);
			Range after = ranges.get(i);
			if (after.from() < before.to()) {
				this.checks.problem(after.line(), after.where() + ".experience", "its years overlap those of " + before.where()
						+ "; ranges may meet (3-6 after 1-3) but not overlap.");
			}
		}
	}

	private void links(String where, List<GuideFile.Link> links, Set<String> known, String list, int line) {
		for (int i = 0; i < links.size(); i++) {
			GuideFile.Link link = links.get(i);
			if (link == null || link.key() == null) {
				this.checks.problem(line, where + "[" + i + "].key", "is missing.");
			}
			else if (!known.contains(link.key())) {
				this.checks.problem(line, where + "[" + link.key() + "]",
						"is not one of the guide's " + list + "; add it there or correct the key.");
			}
			else {
				this.checks.optional(where + "[" + link.key() + "].evidence", link.evidence(), 2000, line);
			}
		}
	}

	private static boolean isCurrency(String code) {
		return Currency.getAvailableCurrencies().stream().anyMatch(currency -> currency.getCurrencyCode().equals(code));
	}

}
