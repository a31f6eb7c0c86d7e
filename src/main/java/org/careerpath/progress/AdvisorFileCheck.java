package org.careerpath.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The advisor's part of a progress file, checked like the rest: answers and ratings in range, times and dates that
 * parse, keys of a sane shape. What passes is restored as it was; a file without them leaves the advisor's data be.
 */
final class AdvisorFileCheck {

	private static final String KEY = "[a-z0-9]+(-[a-z0-9]+)*";

	private AdvisorFileCheck() {
	}

	static Answers answers(ProgressFile.Advisor advisor, List<DefaultMessageSourceResolvable> problems) {
		if (advisor == null) {
			return null;
		}
		List<String> credentials = (advisor.credentials() != null) ? advisor.credentials() : List.of();
		boolean keys = isKeyOrNull(advisor.educationLevel()) && isKeyOrNull(advisor.educationField())
				&& isKeyOrNull(advisor.currentRole()) && credentials.stream().allMatch(AdvisorFileCheck::isKey);
		boolean years = inRange(advisor.clinicalYears()) && inRange(advisor.managementYears());
		LocalDate target = null;
		Instant updatedAt = null;
		try {
			target = (advisor.targetDate() != null) ? LocalDate.parse(advisor.targetDate()) : null;
			updatedAt = Instant.parse(String.valueOf(advisor.updatedAt()));
		}
		catch (DateTimeParseException ex) {
			keys = false;
		}
		if (!keys || !years) {
			problems.add(new DefaultMessageSourceResolvable(new String[] { "progress.import.advisor" }, new Object[0]));
			return null;
		}
		return new Answers(advisor.educationLevel(), advisor.educationField(), new HashSet<>(credentials),
				advisor.clinicalYears(), advisor.managementYears(), advisor.currentRole(), target, updatedAt);
	}

	static List<Rating> ratings(List<ProgressFile.SkillRatingEntry> entries, List<DefaultMessageSourceResolvable> problems) {
		if (entries == null) {
			return null;
		}
		List<Rating> ratings = new ArrayList<>();
		for (ProgressFile.SkillRatingEntry entry : entries) {
			try {
				if (entry == null || !isKey(entry.skill()) || entry.rating() == null || entry.rating() < 1
						|| entry.rating() > 5) {
					throw new IllegalArgumentException();
				}
				ratings.add(new Rating(entry.skill(), entry.rating(), Instant.parse(String.valueOf(entry.ratedAt()))));
			}
			catch (IllegalArgumentException | DateTimeParseException ex) {
				problems.add(new DefaultMessageSourceResolvable(new String[] { "progress.import.rating" }, new Object[0]));
				return null;
			}
		}
		return ratings;
	}

	private static boolean inRange(Integer years) {
		return years == null || (years >= 0 && years <= 60);
	}

	private static boolean isKeyOrNull(String key) {
		return key == null || isKey(key);
	}

	private static boolean isKey(String key) {
		return key != null && key.length() <= 100 && key.matches(KEY);
	}

}
