package org.careerpath.career.guide;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** The career row's columns from a guide file: its texts, money, notes, advisor rules and content hash. */
final class CareerColumns {

	/** The advisor's rules are kept as JSON beside the career: read whole, never queried by part. */
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private CareerColumns() {
	}

	static Map<String, Object> of(GuideFile guide, String contentHash) {
		GuideFile.Salaries salaries = guide.salaries();
		GuideFile.Experience experience = (salaries != null) ? salaries.experience() : null;
		Map<String, Object> columns = new LinkedHashMap<>();
		columns.put("title", guide.title().strip());
		columns.put("guide_title", guide.guideTitle().strip());
		columns.put("summary", guide.summary().strip());
		columns.put("introduction", text(guide.overview().introduction()));
		columns.put("role_description", text(guide.overview().roleDescription()));
		columns.put("work_environment", text(guide.overview().workEnvironment()));
		columns.put("conclusion", text(guide.overview().conclusion()));
		columns.put("responsibilities_intro",
				(guide.responsibilities() != null) ? text(guide.responsibilities().intro()) : null);
		columns.put("credentials_note", text(guide.notes().credentials()));
		columns.put("currency", (salaries != null && salaries.currency() != null) ? salaries.currency() : "USD");
		columns.put("working_hours_per_year",
				(salaries != null) ? salaries.workingHours() : GuideFile.Salaries.DEFAULT_WORKING_HOURS);
		columns.put("experience_label", (experience != null) ? text(experience.label()) : null);
		columns.put("experience_counting", (experience != null) ? text(experience.counting()) : null);
		columns.put("experience_rule", (experience != null) ? text(experience.rule()) : null);
		columns.put("experience_meeting_note", (experience != null) ? text(experience.meetingNote()) : null);
		columns.put("experience_note", (experience != null) ? text(experience.note()) : null);
		columns.put("advisor_rules", (guide.advisor() != null) ? JSON.writeValueAsString(guide.advisor()) : null);
		columns.put("content_hash", contentHash);
		columns.put("retired", false);
		return columns;
	}

	/** Blank text is no text; other text loses the spaces and line ends around it. */
	static String text(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
