package org.careerpath.account;


/**
 * A feature that keeps data about an account adds it to the account's "download all my data" file. Implemented by
 * the features, so the account knows none of them.
 */
public interface PersonalDataContributor {

	/** The section name in the export file, e.g. "progress". */
	String section();

	/** This feature's data for the account, as JSON-ready values. */
	Object personalData(long accountId);


}
