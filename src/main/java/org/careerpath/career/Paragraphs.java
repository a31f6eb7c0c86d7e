package org.careerpath.career;

import java.util.Arrays;
import java.util.List;

/** Guide text is stored as paragraphs separated by blank lines; this splits it for rendering. */
public final class Paragraphs {

	private Paragraphs() {
	}

	public static List<String> of(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.strip().split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
	}

}
