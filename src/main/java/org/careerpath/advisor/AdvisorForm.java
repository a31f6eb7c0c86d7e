package org.careerpath.advisor;

import java.util.List;

import org.careerpath.progress.Answers;

/** The advisor's form as typed: text, so that whatever was typed comes back with its message. */
record AdvisorForm(String educationLevel, String educationField, List<String> credentials, String clinicalYears,
		String managementYears, String currentRole, String targetDate) {

	AdvisorForm {
		credentials = (credentials != null) ? List.copyOf(credentials) : List.of();
	}

	static AdvisorForm of(Answers answers) {
		return new AdvisorForm(answers.educationLevel(), answers.educationField(),
				List.copyOf(answers.credentials()), text(answers.clinicalYears()), text(answers.managementYears()),
				answers.currentRole(), (answers.targetDate() != null) ? answers.targetDate().toString() : null);
	}

	static AdvisorForm empty() {
		return new AdvisorForm(null, null, List.of(), null, null, null, null);
	}

	public boolean holds(String credential) {
		return this.credentials.contains(credential);
	}

	private static String text(Integer value) {
		return (value != null) ? value.toString() : null;
	}

}
