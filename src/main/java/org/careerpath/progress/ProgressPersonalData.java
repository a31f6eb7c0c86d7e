package org.careerpath.progress;

import org.careerpath.account.PersonalDataContributor;
import org.springframework.stereotype.Component;

/** Adds an account's progress on every roadmap to its "download all my data" file. */
@Component
class ProgressPersonalData implements PersonalDataContributor {

	private final ProgressService progress;

	ProgressPersonalData(ProgressService progress) {
		this.progress = progress;
	}

	@Override
	public String section() {
		return "progress";
	}

	@Override
	public Object personalData(long accountId) {
		return this.progress.accountData(accountId);
	}

}
