package org.careerpath.api;

import java.util.List;

/**
 * A whole guide as the API gives it. Text of several paragraphs is a list of paragraphs; keys are stable across edits
 * of the guide (progress refers to them); the order of every list is the guide's.
 *
 * @param page the guide's overview page on the site
 */
record GuideDocument(String slug, String title, String guideTitle, String summary, List<String> introduction,
		List<String> roleDescription, List<String> workEnvironment, List<String> conclusion, String page,
		List<GuideStep> steps, List<GuideSkill> skills, List<GuideCredential> credentials, String credentialsNote,
		List<GuideRung> ladder, GuideSalaries salaries, List<String> responsibilitiesIntroduction,
		List<GuideResponsibility> responsibilities, List<GuideQuestion> faq) {

	/** A roadmap step with its checklist actions and the keys of the skills and credentials it names. */
	record GuideStep(String key, int position, String title, String summary, List<String> body,
			List<GuideAction> actions, List<String> skills, List<String> credentials, String page) {
	}

	record GuideAction(String key, String label) {
	}

	/** @param steps the keys of the steps that build this skill */
	record GuideSkill(String key, String name, String description, List<String> steps) {
	}

	/**
	 * @param kind LICENCE or CERTIFICATION
	 * @param steps the keys of the steps that name it
	 */
	record GuideCredential(String key, String name, String abbreviation, String kind, String description,
			List<String> steps) {
	}

	record GuideRung(String key, int position, String stage, String title, List<String> description,
			String tipsIntroduction, List<GuideTip> tips) {
	}

	record GuideTip(String title, String text) {
	}

	/**
	 * The guide's salary bands.
	 *
	 * @param currency ISO 4217 code of every amount
	 * @param workingHoursPerYear the hours of a working year, for hourly figures
	 * @param experience how the guide counts years of experience, in its own words (each may be null)
	 */
	record GuideSalaries(String currency, int workingHoursPerYear, GuideExperience experience, List<GuideBand> bands) {
	}

	record GuideExperience(String label, String counting, String rule, String meetingNote, String note) {
	}

	/**
	 * A salary band: the guide's median range in whole units of the currency per year. An open-ended band ("$260,000+")
	 * has no upper limit: {@code medianMax} is the figure the guide writes before the "+".
	 */
	record GuideBand(String key, String level, long medianMin, long medianMax, boolean openEnded, String currency,
			String experience, Integer experienceMinYears, Integer experienceMaxYears, String description) {
	}

	record GuideResponsibility(String key, String title, List<String> duties) {
	}

	record GuideQuestion(String key, String question, List<String> answer) {
	}

}
