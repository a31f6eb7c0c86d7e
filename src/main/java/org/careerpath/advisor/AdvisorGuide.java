package org.careerpath.advisor;

import java.util.List;
import java.util.Optional;

import org.careerpath.career.AdvisorRules;

/** What the advisor needs of a guide, as plain values: steps with actions, rungs with tips, credentials, skills, bands. */
record AdvisorGuide(String slug, String title, List<Step> steps, List<Rung> rungs, List<Named> credentials,
		List<Named> skills, List<Band> bands, AdvisorRules rules) {

	record Step(String key, int position, String title, List<Named> actions) {
	}

	record Rung(String key, String title, List<String> tips) {
	}

	record Named(String key, String name) {
	}

	record Band(String key, String level, String range) {
	}

	Optional<Step> step(String key) {
		return this.steps.stream().filter(step -> step.key().equals(key)).findFirst();
	}

	String credentialName(String key) {
		return this.credentials.stream().filter(c -> c.key().equals(key)).map(Named::name).findFirst().orElse(key);
	}

	String skillName(String key) {
		return this.skills.stream().filter(s -> s.key().equals(key)).map(Named::name).findFirst().orElse(key);
	}

	int rungIndex(String key) {
		for (int i = 0; i < this.rungs.size(); i++) {
			if (this.rungs.get(i).key().equals(key)) {
				return i;
			}
		}
		return -1;
	}

	Optional<AdvisorRules.Choice> roleBeforeLadder(String key) {
		return this.rules.rolesBeforeLadder().stream().filter(role -> role.key().equals(key)).findFirst();
	}

	String fieldLabel(String key) {
		return this.rules.educationFields().stream().filter(f -> f.key().equals(key)).map(AdvisorRules.Choice::label)
			.findFirst().orElse(key);
	}

}
