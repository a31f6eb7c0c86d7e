package org.careerpath.career;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A guide's advisor rules, written in its file and derived from its text: the roles people hold before the ladder's
 * first rung, the fields of education it names, which answers show a step done (each with the guide's words that say
 * so), which steps the answers cannot decide, which credentials an action is about, and which skills each rung needs.
 * Keys are the guide's own; the loader checks that each exists.
 */
public record AdvisorRules(List<Choice> rolesBeforeLadder, List<Choice> educationFields, List<DoneWhen> doneWhen,
		List<Undecided> undecided, List<ActionCredentials> actionCredentials, List<RungSkills> rungSkills) {

	public static final AdvisorRules NONE = new AdvisorRules(null, null, null, null, null, null);

	public AdvisorRules {
		rolesBeforeLadder = listOf(rolesBeforeLadder);
		educationFields = listOf(educationFields);
		doneWhen = listOf(doneWhen);
		undecided = listOf(undecided);
		actionCredentials = listOf(actionCredentials);
		rungSkills = listOf(rungSkills);
	}

	static <T> List<T> listOf(List<T> items) {
		return (items != null) ? Collections.unmodifiableList(new ArrayList<>(items)) : List.of();
	}

	/** An answer offered in a list: its key and its label. */
	public record Choice(String key, String label) {
	}

	/**
	 * A step is done when every condition given holds: education at least this level ({@code bachelor},
	 * {@code master}, {@code doctorate}) in one of these fields; from each group of credentials, one held; at least
	 * these years in clinical roles or in management.
	 */
	public record DoneWhen(String step, String education, List<String> fields, List<List<String>> credentials,
			Integer clinicalYears, Integer managementYears, String evidence) {

		public DoneWhen {
			fields = listOf(fields);
			credentials = listOf(credentials);
		}

	}

	/** A step the answers cannot decide (the guide gives no number of years): the plan says so. */
	public record Undecided(String step, String years, String evidence) {
	}

	/** An action that is about holding one of these credentials. */
	public record ActionCredentials(String step, String action, List<String> credentials) {

		public ActionCredentials {
			credentials = listOf(credentials);
		}

	}

	/** The skills a rung needs: named in one of its tips, or in its description (needed less). */
	public record RungSkills(String rung, List<RungSkill> skills) {

		public RungSkills {
			skills = listOf(skills);
		}

	}

	/** {@code via} is {@code tip} or {@code description}: where the guide names the skill for the rung. */
	public record RungSkill(String key, String via, String evidence) {
	}

}
