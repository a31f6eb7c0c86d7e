package org.careerpath.progress;

import java.util.Optional;

/**
 * Whose progress a request is about, resolved once per request from the sign-in and the guest cookie: a signed-in
 * account, a guest with a cookie token, or nobody yet. A plain value, so services never see the request.
 *
 * @param accountId the signed-in account, or null
 * @param guestToken the guest cookie's token, or null; a signed-in person may still carry one until it is merged
 */
public record Person(Long accountId, String guestToken) {

	private static final Person NOBODY = new Person(null, null);

	public static Person nobody() {
		return NOBODY;
	}

	public static Person account(long accountId) {
		return new Person(accountId, null);
	}

	public static Person guest(String token) {
		return new Person(null, token);
	}

	public boolean isSignedIn() {
		return this.accountId != null;
	}

	/** The guest token's hash as stored, when the person is a guest. */
	Optional<String> guestTokenHash() {
		return (this.accountId == null && this.guestToken != null) ? Optional.of(GuestCookie.hash(this.guestToken))
				: Optional.empty();
	}

	@Override
	public String toString() {
		return isSignedIn() ? "Person[account]" : (this.guestToken != null) ? "Person[guest]" : "Person[nobody]";
	}

}
