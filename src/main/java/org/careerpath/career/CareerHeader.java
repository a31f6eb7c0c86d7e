package org.careerpath.career;

import java.util.ArrayList;
import java.util.List;

/**
 * The few facts of a career every page shows: its slug, its title, and which of the optional sections its guide has,
 * so that navigation links only to pages with something on them.
 */
public record CareerHeader(String slug, String title, boolean hasSkills, boolean hasLadder, boolean hasSalaries,
		boolean hasResponsibilities, boolean hasFaq) {

	/** Every section, for a guide that has them all. */
	public static CareerHeader withAllSections(String slug, String title) {
		return new CareerHeader(slug, title, true, true, true, true, true);
	}

	/** The sections in navigation order, by the name each has in addresses. */
	public List<String> sections() {
		List<String> sections = new ArrayList<>(List.of("overview", "roadmap", "progress"));
		add(sections, this.hasSkills, "skills");
		add(sections, this.hasLadder, "ladder");
		add(sections, this.hasSalaries, "salaries");
		add(sections, this.hasResponsibilities, "responsibilities");
		add(sections, this.hasFaq, "faq");
		return sections;
	}

	public boolean has(String section) {
		return sections().contains(section);
	}

	private static void add(List<String> sections, boolean present, String section) {
		if (present) {
			sections.add(section);
		}
	}

}
