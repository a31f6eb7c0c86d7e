package org.careerpath.account;

/** What the account feature tells the rest of the application. Listeners run in the request's thread. */
public final class AccountEvents {

	private AccountEvents() {
	}

	/** A person created an account and is now signed in with it. */
	public record Registered(long accountId) {
	}

	/** A person signed in to their account. */
	public record SignedIn(long accountId) {
	}

	/** An account is being deleted: listeners delete everything they keep for it, in the same transaction. */
	public record Deleted(long accountId) {
	}

}
