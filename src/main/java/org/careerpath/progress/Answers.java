package org.careerpath.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A person's answers to the advisor, as keys and numbers: highest education (a level such as {@code master}) and its
 * field (the guide's key), credentials held (the guide's keys), years in clinical roles and in management, current
 * role (a rung's key, a role before the ladder, or {@code other}) and an optional target date for the top role.
 * {@code updatedAt} is when they were saved (null before).
 */
public record Answers(String educationLevel, String educationField, Set<String> credentials, Integer clinicalYears,
		Integer managementYears, String currentRole, LocalDate targetDate, Instant updatedAt) {

	public Answers {
		credentials = (credentials != null) ? Set.copyOf(credentials) : Set.of();
	}

}
