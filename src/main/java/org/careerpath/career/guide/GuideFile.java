package org.careerpath.career.guide;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.careerpath.career.AdvisorRules;

/**
 * One career guide as its author writes it: a YAML file named after its slug. Every field is described in
 * docs/authoring-guides.md. Lists may be left out (no FAQ, no ladder); the validator says what is required.
 */
public record GuideFile(String slug, String title, String guideTitle, String summary, Overview overview, Notes notes,
		List<Step> steps, List<Skill> skills, List<Credential> credentials, List<Rung> ladder, Salaries salaries,
		Responsibilities responsibilities, List<Faq> faq, AdvisorRules advisor) {

	public GuideFile {
		steps = listOf(steps);
		skills = listOf(skills);
		credentials = listOf(credentials);
		ladder = listOf(ladder);
		faq = listOf(faq);
		overview = (overview != null) ? overview : new Overview(null, null, null, null);
		notes = (notes != null) ? notes : new Notes(null);
	}

	static <T> List<T> listOf(List<T> items) {
		// Not List.copyOf: an empty item ("- ") is null, and the validator names it rather than failing here.
		return (items != null) ? Collections.unmodifiableList(new ArrayList<>(items)) : List.of();
	}

	/** The overview page's sections; each may be left out. */
	public record Overview(String introduction, String roleDescription, String workEnvironment, String conclusion) {
	}

	/** The guide's own notes: the credentials note shows under the skills page's licences and certifications. */
	public record Notes(String credentials) {
	}

	/** A roadmap step. Without a summary, the body's first paragraph is its summary. */
	public record Step(String key, String title, String summary, String body, List<Action> actions, List<Link> skills,
			List<Link> credentials) {

		public Step {
			actions = listOf(actions);
			skills = listOf(skills);
			credentials = listOf(credentials);
		}

		String summaryOrFirstParagraph() {
			if (this.summary != null && !this.summary.isBlank()) {
				return this.summary.strip();
			}
			return (this.body != null) ? this.body.strip().split("\\n\\s*\\n", 2)[0].strip() : null;
		}

	}

	public record Action(String key, String label) {
	}

	/** A step builds a skill or names a credential; the evidence is the guide's words that say so. */
	public record Link(String key, String evidence) {
	}

	public record Skill(String key, String name, String description) {
	}

	/** {@code kind} is {@code licence} or {@code certification}. */
	public record Credential(String key, String name, String abbreviation, String kind, String description) {
	}

	public record Rung(String key, String stage, String title, String description, String tipsIntro, List<Tip> tips) {

		public Rung {
			tips = listOf(tips);
		}

	}

	public record Tip(String title, String text) {
	}

	/** Bands in whole units of {@code currency} (ISO 4217) per year; hourly figures divide by the working hours. */
	public record Salaries(String currency, Integer workingHoursPerYear, Experience experience, List<Band> bands) {

		public static final int DEFAULT_WORKING_HOURS = 2_080;

		public Salaries {
			bands = listOf(bands);
			experience = (experience != null) ? experience : new Experience(null, null, null, null, null);
		}

		int workingHours() {
			return (this.workingHoursPerYear != null) ? this.workingHoursPerYear : DEFAULT_WORKING_HOURS;
		}

	}

	/** How the guide's bands count years, in the guide's own words, for "Where would I be?". */
	public record Experience(String label, String counting, String rule, String meetingNote, String note) {
	}

	/** A band: open-ended when the guide writes its high figure with a "+". */
	public record Band(String key, String level, Long low, Long high, Boolean openEnded, Years experience,
			String description) {

		boolean isOpenEnded() {
			return Boolean.TRUE.equals(this.openEnded);
		}

	}

	/** Years of experience as the guide writes them ("1-3 years"), and from/to for placing a reader; no "to" is open. */
	public record Years(String text, Integer from, Integer to) {
	}

	public record Responsibilities(String intro, List<Area> areas) {

		public Responsibilities {
			areas = listOf(areas);
		}

	}

	public record Area(String key, String title, List<String> duties) {

		public Area {
			duties = listOf(duties);
		}

	}

	public record Faq(String key, String question, String answer) {
	}

}
