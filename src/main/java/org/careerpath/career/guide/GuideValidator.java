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

	private final GuideLines lines;

	GuideValidator(String file, String text) {
		this.checks = new GuideChecks(file, text);
		this.lines = this.checks.lines();
	}

	List<GuideProblem> validate(GuideFile guide) {
		slug(guide.slug());
		this.checks.required("title", guide.title(), 200, this.lines.field("title"));
		this.checks.required("guideTitle", guide.guideTitle(), 300, this.lines.field("guideTitle"));
		this.checks.required("summary", guide.summary(), 1000, this.lines.field("summary"));
		this.checks.optional("overview.introduction", guide.overview().introduction(), 4000,
				this.lines.field("overview", "introduction"));
		this.checks.optional("overview.roleDescription", guide.overview().roleDescription(), 8000,
				this.lines.field("overview", "roleDescription"));
		this.checks.optional("overview.workEnvironment", guide.overview().workEnvironment(), 8000,
				this.lines.field("overview", "workEnvironment"));
		this.checks.optional("overview.conclusion", guide.overview().conclusion(), 4000,
				this.lines.field("overview", "conclusion"));
		this.checks.optional("notes.credentials", guide.notes().credentials(), 2000,
				this.lines.field("notes", "credentials"));

		Set<String> skillKeys = this.checks.keyed("skills", this.lines.field("skills"), guide.skills(),
				GuideFile.Skill::key, (where, skill, line) -> {
					this.checks.required(where + ".name", skill.name(), 200, at(line, "name"));
					this.checks.required(where + ".description", skill.description(), 2000, at(line, "description"));
				});
		Set<String> credentialKeys = this.checks.keyed("credentials", this.lines.field("credentials"),
				guide.credentials(), GuideFile.Credential::key, (where, credential, line) -> {
					this.checks.required(where + ".name", credential.name(), 300, at(line, "name"));
					this.checks.optional(where + ".abbreviation", credential.abbreviation(), 50, at(line, "abbreviation"));
					this.checks.required(where + ".description", credential.description(), 2000, at(line, "description"));
					if (credential.kind() == null || !Set.of("licence", "certification").contains(credential.kind())) {
						this.checks.problem(at(line, "kind"), where + ".kind", "must be licence or certification.");
					}
				});
		if (guide.steps().isEmpty()) {
			this.checks.problem(this.lines.field("steps"), "steps", "a guide needs at least one step.");
		}
		this.checks.keyed("steps", this.lines.field("steps"), guide.steps(), GuideFile.Step::key,
				(where, step, line) -> step(where, step, line, skillKeys, credentialKeys));
		this.checks.keyed("ladder", this.lines.field("ladder"), guide.ladder(), GuideFile.Rung::key,
				(where, rung, line) -> {
					this.checks.required(where + ".stage", rung.stage(), 200, at(line, "stage"));
					this.checks.required(where + ".title", rung.title(), 200, at(line, "title"));
					this.checks.required(where + ".description", rung.description(), 4000, at(line, "description"));
					this.checks.optional(where + ".tipsIntro", rung.tipsIntro(), 500, at(line, "tipsIntro"));
					int tips = this.lines.child(line, "tips");
					for (int i = 0; i < rung.tips().size(); i++) {
						GuideFile.Tip tip = rung.tips().get(i);
						String tipWhere = where + ".tips[" + i + "]";
						int tipLine = item(tips, i, line);
						if (tip == null) {
							this.checks.problem(tipLine, tipWhere, "is empty.");
							continue;
						}
						this.checks.required(tipWhere + ".title", tip.title(), 200, at(tipLine, "title"));
						this.checks.required(tipWhere + ".text", tip.text(), 2000, at(tipLine, "text"));
					}
				});
		if (guide.salaries() != null) {
			salaries(guide.salaries());
		}
		if (guide.responsibilities() != null) {
			this.checks.optional("responsibilities.intro", guide.responsibilities().intro(), 2000,
					this.lines.field("responsibilities", "intro"));
			this.checks.keyed("responsibilities.areas", this.lines.field("responsibilities", "areas"),
					guide.responsibilities().areas(), GuideFile.Area::key, (where, area, line) -> {
						this.checks.required(where + ".title", area.title(), 200, at(line, "title"));
						int duties = this.lines.child(line, "duties");
						if (area.duties().isEmpty()) {
							this.checks.problem(at(line, "duties"), where + ".duties", "an area needs at least one duty.");
						}
						for (int i = 0; i < area.duties().size(); i++) {
							this.checks.required(where + ".duties[" + i + "]", area.duties().get(i), 1000,
									item(duties, i, line));
						}
					});
		}
		this.checks.keyed("faq", this.lines.field("faq"), guide.faq(), GuideFile.Faq::key, (where, entry, line) -> {
			this.checks.required(where + ".question", entry.question(), 500, at(line, "question"));
			this.checks.required(where + ".answer", entry.answer(), 4000, at(line, "answer"));
		});
		new AdvisorValidator(this.checks).validate(guide);
		return this.checks.problems();
	}

	private void slug(String slug) {
		int line = this.lines.field("slug");
		if (!this.checks.required("slug", slug, GuideChecks.MAX_KEY, line) || !this.checks.isKey("slug", slug, line)) {
			return;
		}
		String file = this.checks.file();
		String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
		if (!name.equals(slug + ".yaml") && !name.equals(slug + ".yml")) {
			this.checks.problem(line, "slug", "is \u201c" + slug + "\u201d, so the file must be named " + slug
					+ ".yaml (one file per career, named after its slug).");
		}
	}

	private void step(String where, GuideFile.Step step, int line, Set<String> skillKeys, Set<String> credentialKeys) {
		this.checks.required(where + ".title", step.title(), 300, at(line, "title"));
		if (step.body() == null || step.body().isBlank()) {
			this.checks.problem(at(line, "body"), where + ".body",
					"is empty: a step needs the guide's text of what to do.");
		}
		else {
			this.checks.optional(where + ".body", step.body(), 8000, at(line, "body"));
			this.checks.optional(where + ".summary", step.summaryOrFirstParagraph(), 1000, at(line, "summary"));
		}
		this.checks.keyed(where + ".actions", this.lines.child(line, "actions"), step.actions(),
				GuideFile.Action::key, (actionWhere, action, actionLine) -> this.checks
					.required(actionWhere + ".label", action.label(), 500, at(actionLine, "label")));
		links(where + ".skills", step.skills(), skillKeys, "skills", this.lines.child(line, "skills"), line);
		links(where + ".credentials", step.credentials(), credentialKeys, "credentials",
				this.lines.child(line, "credentials"), line);
	}

	private void salaries(GuideFile.Salaries salaries) {
		String currency = salaries.currency();
		if (currency == null || !currency.matches("[A-Z]{3}") || !isCurrency(currency)) {
			this.checks.problem(this.lines.field("salaries", "currency"), "salaries.currency",
					"must be an ISO 4217 currency code such as USD, EUR or GBP.");
		}
		if (salaries.workingHoursPerYear() != null
				&& (salaries.workingHoursPerYear() < 1 || salaries.workingHoursPerYear() > 8_784)) {
			this.checks.problem(this.lines.field("salaries", "workingHoursPerYear"), "salaries.workingHoursPerYear",
					"must be a number of hours from 1 to 8,784 (a year has no more).");
		}
		GuideFile.Experience experience = salaries.experience();
		int notes = this.lines.field("salaries", "experience");
		this.checks.optional("salaries.experience.label", experience.label(), 300, at(notes, "label"));
		this.checks.optional("salaries.experience.counting", experience.counting(), 100, at(notes, "counting"));
		this.checks.optional("salaries.experience.rule", experience.rule(), 2000, at(notes, "rule"));
		this.checks.optional("salaries.experience.meetingNote", experience.meetingNote(), 500,
				at(notes, "meetingNote"));
		this.checks.optional("salaries.experience.note", experience.note(), 2000, at(notes, "note"));
		int bands = this.lines.field("salaries", "bands");
		if (salaries.bands().isEmpty()) {
			this.checks.problem((bands > 0) ? bands : this.lines.field("salaries"), "salaries.bands",
					"a salaries section needs at least one band; leave the section out when the guide gives none.");
		}
		record Range(String where, int line, int from, long to) {
		}
		List<Range> ranges = new ArrayList<>();
		this.checks.keyed("salaries.bands", bands, salaries.bands(), GuideFile.Band::key, (where, band, line) -> {
			this.checks.required(where + ".level", band.level(), 300, at(line, "level"));
			this.checks.required(where + ".description", band.description(), 4000, at(line, "description"));
			boolean amounts = this.checks.amount(where + ".low", band.low(), at(line, "low"))
					& this.checks.amount(where + ".high", band.high(), at(line, "high"));
			if (amounts && band.low() > band.high()) {
				this.checks.problem(at(line, "low"), where, "its low figure (" + band.low()
						+ ") is above its high figure (" + band.high() + "); write the lower one as low.");
			}
			GuideFile.Years years = band.experience();
			if (years == null) {
				return;
			}
			int yearsLine = at(line, "experience");
			this.checks.required(where + ".experience.text", years.text(), 100, at(yearsLine, "text"));
			if (years.from() == null && years.to() != null) {
				this.checks.problem(yearsLine, where + ".experience.from",
						"is missing: a range with an end needs its start.");
			}
			else if (years.from() != null) {
				if (years.from() < 0 || (years.to() != null && years.to() < years.from())) {
					this.checks.problem(yearsLine, where + ".experience",
							"years must be 0 or more, with from not after to.");
				}
				else {
					ranges.add(new Range(where, yearsLine, years.from(),
							(years.to() != null) ? years.to() : Long.MAX_VALUE));
				}
			}
		});
		// Ranges may meet (1-3 and 3-6: the higher band wins at 3) but not overlap.
		ranges.sort(Comparator.comparingInt(Range::from));
		for (int i = 1; i < ranges.size(); i++) {
			Range before = ranges.get(i - 1);
			Range after = ranges.get(i);
			if (after.from() < before.to()) {
				this.checks.problem(after.line(), after.where() + ".experience", "its years overlap those of "
						+ before.where() + "; ranges may meet (3-6 after 1-3) but not overlap.");
			}
		}
	}

	private void links(String where, List<GuideFile.Link> links, Set<String> known, String list, int listLine,
			int stepLine) {
		for (int i = 0; i < links.size(); i++) {
			GuideFile.Link link = links.get(i);
			int line = item(listLine, i, stepLine);
			if (link == null || link.key() == null) {
				this.checks.problem(line, where + "[" + i + "].key", "is missing.");
			}
			else if (!known.contains(link.key())) {
				this.checks.problem(line, where + "[" + link.key() + "]",
						"is not one of the guide's " + list + "; add it there or correct the key.");
			}
			else {
				this.checks.optional(where + "[" + link.key() + "].evidence", link.evidence(), 2000,
						at(line, "evidence"));
			}
		}
	}

	/** The field's own line within the item or mapping on {@code line}, or that line. */
	private int at(int line, String field) {
		return (line > 0) ? this.lines.childOr(line, field) : 0;
	}

	/** The list item's line, or {@code fallback} when it cannot be found. */
	private int item(int list, int index, int fallback) {
		int line = this.lines.item(list, index);
		return (line > 0) ? line : fallback;
	}

	private static boolean isCurrency(String code) {
		return Currency.getAvailableCurrencies().stream().anyMatch(currency -> currency.getCurrencyCode().equals(code));
	}

}
