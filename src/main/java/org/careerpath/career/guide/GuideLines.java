package org.careerpath.career.guide;

import java.util.List;

/**
 * Where a field or a list item stands in a guide's text, found by indentation the way an author writes YAML (block
 * style): the parser's tree keeps no lines, and an author needs them. Lines are 1-based; 0 means "not found", and a
 * problem is then reported without a line rather than with a wrong one.
 */
final class GuideLines {

	private final List<String> lines;

	GuideLines(String text) {
		this.lines = text.lines().toList();
	}

	/** The line of a field reached from the top of the file by this path of mapping fields. */
	int field(String... path) {
		int at = 0;
		for (String field : path) {
			at = child(at, field);
			if (at == 0) {
				return 0;
			}
		}
		return at;
	}

	/** A direct field of the mapping or list item that starts on {@code parent} (0: the file's top level). */
	int child(int parent, String field) {
		String prefix = field + ":";
		int parentIndent = -1;
		int childIndent = -1;
		if (parent > 0) {
			String line = this.lines.get(parent - 1);
			parentIndent = indent(line);
			if (isItem(line)) {
				String content = line.strip().substring(1).strip();
				if (content.startsWith(prefix)) {
					return parent; // "- key: x" holds the item's first field
				}
				childIndent = line.length() - line.stripLeading().substring(1).stripLeading().length();
			}
		}
		for (int i = parent; i < this.lines.size(); i++) {
			String line = this.lines.get(i);
			if (isBlank(line)) {
				continue;
			}
			int indent = indent(line);
			if (indent <= parentIndent) {
				return 0;
			}
			if (childIndent < 0) {
				childIndent = indent;
			}
			if (indent == childIndent && !isItem(line) && line.strip().startsWith(prefix)) {
				return i + 1;
			}
		}
		return 0;
	}

	/** {@link #child}, or the parent's own line when the field is not written (a missing field is the item's). */
	int childOr(int parent, String field) {
		int line = child(parent, field);
		return (line > 0) ? line : parent;
	}

	/** The line of the list's item at this index (0-based, as the parser counts), under the list's field. */
	int item(int list, int index) {
		if (list <= 0) {
			return 0;
		}
		int parentIndent = indent(this.lines.get(list - 1));
		int itemIndent = -1;
		int count = -1;
		for (int i = list; i < this.lines.size(); i++) {
			String line = this.lines.get(i);
			if (isBlank(line)) {
				continue;
			}
			int indent = indent(line);
			boolean item = isItem(line);
			if (itemIndent < 0) {
				if (!item || indent < parentIndent) {
					return 0; // not a block list (perhaps [a, b] on one line)
				}
				itemIndent = indent;
			}
			if ((!item && indent <= parentIndent) || (item && indent < itemIndent)) {
				return 0;
			}
			if (item && indent == itemIndent && ++count == index) {
				return i + 1;
			}
		}
		return 0;
	}

	/** The key written on the item's "key:" line (without quotes), or null. */
	String keyOf(int item) {
		int line = child(item, "key");
		if (line == 0) {
			return null;
		}
		String text = this.lines.get(line - 1).strip();
		text = text.startsWith("- ") ? text.substring(2).strip() : text;
		String value = text.substring("key:".length()).replaceFirst("\\s+#.*$", "").strip();
		return value.replaceAll("^['\"]|['\"]$", "");
	}

	private static boolean isItem(String line) {
		String stripped = line.strip();
		return stripped.equals("-") || stripped.startsWith("- ");
	}

	private static boolean isBlank(String line) {
		String stripped = line.strip();
		return stripped.isEmpty() || stripped.startsWith("#");
	}

	private static int indent(String line) {
		return line.length() - line.stripLeading().length();
	}

}
