package org.careerpath.progress;

import java.util.List;

/**
 * The JSON file a person downloads and can import again: one roadmap's progress. Dates are ISO-8601 text. Steps the
 * roadmap no longer has are marked retired; importing skips them.
 */
public record ProgressFile(String format, Integer version, String career, String exportedAt, String ladderRung,
		List<Step> steps, Advisor advisor, List<SkillRatingEntry> ratings) {

	ProgressFile(String format, Integer version, String career, String exportedAt, String ladderRung,
			List<Step> steps) {
		this(format, version, career, exportedAt, ladderRung, steps, null, null);
	}

	static final String FORMAT = "careerpath-progress";

	static final int VERSION = 1;

	public record Step(String key, String title, String status, String completedOn, String note, String evidenceUrl,
			List<String> actionsDone, String updatedAt, Boolean retired) {
	}

	/** The advisor's answers (optional): keys of the guide, numbers and an ISO date. */
	public record Advisor(String educationLevel, String educationField, List<String> credentials, Integer clinicalYears,
			Integer managementYears, String currentRole, String targetDate, String updatedAt) {
	}

	/** One skill rating with its time (optional; every assessment is kept). */
	public record SkillRatingEntry(String skill, Integer rating, String ratedAt) {
	}

}
