package org.careerpath.roadmap;

import java.util.List;

import org.careerpath.career.CareerHeader;

/** The skills page: essential skills and the licences and certifications the guide names, each with its steps. */
record SkillsView(CareerHeader career, List<Skill> skills, List<Credential> credentials, String credentialsNote) {

	record Skill(String key, String name, String description, List<StepRef> steps) {
	}

	record Credential(String key, String name, String abbreviation, String kind, String description,
			List<StepRef> steps) {
	}

	record StepRef(String key, int position, String title) {
	}

}
