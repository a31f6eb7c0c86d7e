package org.careerpath.progress;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.careerpath.account.AccountEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps progress in step with accounts: on registration or sign-in the guest's progress in this browser moves into
 * the account and the guest cookie is cleared; deleting an account deletes its progress.
 */
@Component
class AccountEventsListener {

	private final ProgressMerge merge;

	private final ProgressProfileRepository profiles;

	AccountEventsListener(ProgressMerge merge, ProgressProfileRepository profiles) {
		this.merge = merge;
		this.profiles = profiles;
	}

	@EventListener
	void on(AccountEvents.Registered event) {
		mergeGuest(event.accountId(), event.request(), event.response());
	}

	@EventListener
	void on(AccountEvents.SignedIn event) {
		mergeGuest(event.accountId(), event.request(), event.response());
	}

	/** Runs in the deletion's transaction. */
	@EventListener
	void on(AccountEvents.Deleted event) {
		this.profiles.findByAccountId(event.accountId()).ifPresent(this.profiles::delete);
	}

	private void mergeGuest(long accountId, HttpServletRequest request, HttpServletResponse response) {
		GuestCookie.read(request).ifPresent(token -> {
			this.merge.mergeGuestIntoAccount(GuestCookie.hash(token), accountId);
			GuestCookie.clear(request, response);
		});
	}

}
