package org.careerpath.career.guide;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The checks every part of a guide is made of (present, not too long, a well-formed unique key), collecting each
 * problem with the line it is on (see {@link GuideLines}).
 */
final class GuideChecks {

	/** Lower-case words joined by single hyphens: safe in an address and stable in people's progress. */
	static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	static final int MAX_KEY = 100;

	private final String file;

	private final GuideLines lines;

	private final List<GuideProblem> problems = new ArrayList<>();

	GuideChecks(String file, String text) {
		this.file = file;
		this.lines = new GuideLines(text);
	}

	String file() {
		return this.file;
	}

	List<GuideProblem> problems() {
		return List.copyOf(this.problems);
	}

	/**
	 * Checks each item's key (present, URL-safe, unique in its list) and then the item itself, giving the check the
	 * item's line (or the list's, where the item's cannot be found).
	 */
	<T> Set<String> keyed(String list, int listLine, List<T> items, Function<T, String> keyOf, ItemCheck<T> check) {
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < items.size(); i++) {
			T item = items.get(i);
			String where = list + "[" + i + "]";
			int line = this.lines.item(listLine, i);
			line = (line > 0) ? line : listLine;
			if (item == null) {
				problem(line, where, "is empty: write the item's fields under its \u201c-\u201d, or remove the line.");
				continue;
			}
			String key = keyOf.apply(item);
			if (key == null || key.isBlank()) {
				problem(line, where + ".key", "is missing: every item needs a key, which readers' progress keeps.");
			}
			else {
				where = list + "[" + key + "]";
				if (isKey(where + ".key", key, this.lines.childOr(line, "key")) && !keys.add(key)) {
					problem(line, where + ".key", "\u201c" + key + "\u201d is used twice in " + list + ".");
				}
			}
			check.check(where, item, line);
		}
		return keys;
	}

	boolean amount(String where, Long value, int line) {
		if (value == null) {
			problem(line, where, "is missing: a whole amount per year, such as 80000 (no commas or currency signs).");
			return false;
		}
		if (value < 0 || value > Integer.MAX_VALUE) {
			problem(line, where, "must be a whole amount from 0 to " + Integer.MAX_VALUE + ".");
			return false;
		}
		return true;
	}

	boolean isKey(String where, String key, Integer line) {
		if (key.length() > MAX_KEY || !KEY.matcher(key).matches()) {
			problem(line, where, "\u201c" + key + "\u201d must be lower-case letters and digits joined by single"
					+ " hyphens (like step-one), at most " + MAX_KEY + " characters.");
			return false;
		}
		return true;
	}

	boolean required(String where, String value, int max, Integer line) {
		if (value == null || value.isBlank()) {
			problem(line, where, "is missing.");
			return false;
		}
		return optional(where, value, max, line);
	}

	boolean optional(String where, String value, int max, Integer line) {
		if (value != null && value.strip().length() > max) {
			problem(line, where, "is " + value.strip().length() + " characters; at most " + max + " fit.");
			return false;
		}
		return true;
	}

	void problem(Integer line, String where, String message) {
		this.problems.add(new GuideProblem(this.file, (line != null && line > 0) ? line : null, where, message));
	}

	GuideLines lines() {
		return this.lines;
	}

	@FunctionalInterface
	interface ItemCheck<T> {

		void check(String where, T item, int line);

	}

}
