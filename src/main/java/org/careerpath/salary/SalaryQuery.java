package org.careerpath.salary;

/**
 * The salaries page's two GET forms as typed: two levels to compare ({@code ?compare=&with=}) and years of experience
 * ({@code ?years=}). Kept as text so that whatever was typed comes back in the form.
 */
record SalaryQuery(String compare, String with, String years) {

	boolean wantsComparison() {
		return !blank(this.compare) || !blank(this.with);
	}

	boolean wantsPlacement() {
		return !blank(this.years);
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
