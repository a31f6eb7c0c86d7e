package org.careerpath.progress;

import org.careerpath.account.PersonalDataContributor;
import org.springframework.stereotype.Component;

/** Adds an account's progress on every roadmap to its "download all my data" file. */
@Component
class ProgressPersonalData implements PersonalDataContributor {

	private final ProgressTransfer transfer;

	ProgressPersonalData(ProgressTransfer transfer) {
		this.transfer = transfer;
	}

	@Override
	public String section() {
		return "progress";
	}

	@Override
	public Object personalData(long accountId) {
		return this.transfer.accountData(accountId);
	}

}
