package org.careerpath.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What the account feature tells the rest of the application. Listeners run in the request's thread. Registration
 * and sign-in carry the request they happened in and its response, so a feature that keeps something in the
 * browser (a guest's cookie) can move it into the account and clear it.
 */
public final class AccountEvents {

	private AccountEvents() {
	}

	/** A person created an account and is now signed in with it. */
	public record Registered(long accountId, HttpServletRequest request, HttpServletResponse response) {
	}

	/** A person signed in to their account. */
	public record SignedIn(long accountId, HttpServletRequest request, HttpServletResponse response) {
	}

	/** An account is being deleted: listeners delete everything they keep for it, in the same transaction. */
	public record Deleted(long accountId) {
	}

}
