package org.careerpath.advisor;

import java.util.Optional;

/** Highest education, in order; a guide's rules say "at least" one of these (by its lower-case name). */
enum EducationLevel {

	NONE, DIPLOMA, BACHELOR, MASTER, DOCTORATE;

	static Optional<EducationLevel> of(String name) {
		for (EducationLevel level : values()) {
			if (level.name().equalsIgnoreCase(String.valueOf(name))) {
				return Optional.of(level);
			}
		}
		return Optional.empty();
	}

	boolean atLeast(EducationLevel other) {
		return compareTo(other) >= 0;
	}

	String key() {
		return name().toLowerCase();
	}

}
