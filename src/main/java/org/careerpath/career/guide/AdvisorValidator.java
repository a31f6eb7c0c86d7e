package org.careerpath.career.guide;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.careerpath.career.AdvisorRules;

/** The advisor section's rules: every key it uses is one of the guide's, and every choice is well formed. */
final class AdvisorValidator {

	static final Set<String> LEVELS = Set.of("diploma", "bachelor", "master", "doctorate");

	private final GuideChecks checks;

	private final GuideLines lines;

	AdvisorValidator(GuideChecks checks) {
		this.checks = checks;
		this.lines = checks.lines();
	}

	void validate(GuideFile guide) {
		AdvisorRules rules = guide.advisor();
		if (rules == null) {
			return;
		}
		Set<String> steps = guide.steps().stream().filter(s -> s != null && s.key() != null)
			.map(GuideFile.Step::key).collect(Collectors.toSet());
		Map<String, Set<String>> actions = guide.steps().stream().filter(s -> s != null && s.key() != null)
			.collect(Collectors.toMap(GuideFile.Step::key, s -> s.actions().stream().filter(a -> a != null)
				.map(GuideFile.Action::key).collect(Collectors.toSet()), (a, b) -> a));
		Set<String> skills = keys(guide.skills().stream().map(s -> (s != null) ? s.key() : null).toList());
		Set<String> credentials = keys(guide.credentials().stream().map(c -> (c != null) ? c.key() : null).toList());
		Set<String> rungs = keys(guide.ladder().stream().map(r -> (r != null) ? r.key() : null).toList());

		this.checks.keyed("advisor.rolesBeforeLadder", line("rolesBeforeLadder"),
				rules.rolesBeforeLadder(), AdvisorRules.Choice::key, (where, role, line) -> {
					this.checks.required(where + ".label", role.label(), 200, line);
					if (rungs.contains(role.key()) || "other".equals(role.key())) {
						this.checks.problem(line, where + ".key", "is a rung's key or \u201cother\u201d; choose another.");
					}
				});
		Set<String> fields = this.checks.keyed("advisor.educationFields", line("educationFields"),
				rules.educationFields(), AdvisorRules.Choice::key,
				(where, field, line) -> this.checks.required(where + ".label", field.label(), 200, line));
		int doneLine = line("doneWhen");
		for (int i = 0; i < rules.doneWhen().size(); i++) {
			AdvisorRules.DoneWhen rule = rules.doneWhen().get(i);
			String where = "advisor.doneWhen[" + i + "]";
			int at = item(doneLine, i);
			if (rule == null || !known(where + ".step", rule.step(), steps, "steps", at)) {
				continue;
			}
			if (rule.education() != null && !LEVELS.contains(rule.education())) {
				this.checks.problem(at, where + ".education", "must be one of " + String.join(", ", LEVELS.stream().sorted().toList()) + ".");
			}
			rule.fields().forEach(field -> known(where + ".fields", field, fields, "advisor.educationFields", at));
			rule.credentials().forEach(group -> group.forEach(key -> known(where + ".credentials", key, credentials, "credentials", at)));
			if (rule.education() == null && rule.credentials().isEmpty() && rule.clinicalYears() == null
					&& rule.managementYears() == null) {
				this.checks.problem(at, where, "gives no condition: say which education, credentials or years show the step done.");
			}
			this.checks.required(where + ".evidence", rule.evidence(), 2000, at);
		}
		int undecidedLine = line("undecided");
		for (int i = 0; i < rules.undecided().size(); i++) {
			AdvisorRules.Undecided rule = rules.undecided().get(i);
			String where = "advisor.undecided[" + i + "]";
			int at = item(undecidedLine, i);
			if (rule != null && known(where + ".step", rule.step(), steps, "steps", at)) {
				if (!Set.of("clinical", "management").contains(String.valueOf(rule.years()))) {
					this.checks.problem(at, where + ".years", "must be clinical or management.");
				}
				this.checks.required(where + ".evidence", rule.evidence(), 2000, at);
			}
		}
		int actionLine = line("actionCredentials");
		for (int i = 0; i < rules.actionCredentials().size(); i++) {
			AdvisorRules.ActionCredentials rule = rules.actionCredentials().get(i);
			String where = "advisor.actionCredentials[" + i + "]";
			int at = item(actionLine, i);
			if (rule != null && known(where + ".step", rule.step(), steps, "steps", at)) {
				known(where + ".action", rule.action(), actions.getOrDefault(rule.step(), Set.of()), "the step's actions", at);
				rule.credentials().forEach(key -> known(where + ".credentials", key, credentials, "credentials", at));
			}
		}
		int rungLine = line("rungSkills");
		for (int i = 0; i < rules.rungSkills().size(); i++) {
			AdvisorRules.RungSkills rule = rules.rungSkills().get(i);
			String where = "advisor.rungSkills[" + i + "]";
			int at = item(rungLine, i);
			if (rule != null && known(where + ".rung", rule.rung(), rungs, "ladder", at)) {
				for (AdvisorRules.RungSkill skill : rule.skills()) {
					if (skill != null && known(where + ".skills", skill.key(), skills, "skills", at)
							&& !Set.of("tip", "description").contains(String.valueOf(skill.via()))) {
						this.checks.problem(at, where + ".skills[" + skill.key() + "].via", "must be tip or description.");
					}
				}
			}
		}
	}

	private boolean known(String where, String key, Set<String> known, String list, int line) {
		if (key == null || !known.contains(key)) {
			this.checks.problem(line, where, "\u201c" + key + "\u201d is not one of the guide's " + list + ".");
			return false;
		}
		return true;
	}

	private int line(String field) {
		return this.lines.field("advisor", field);
	}

	private int item(int list, int index) {
		int line = this.lines.item(list, index);
		return (line > 0) ? line : list;
	}

	private static Set<String> keys(List<String> keys) {
		Set<String> set = new HashSet<>(keys);
		set.remove(null);
		return set;
	}

}
