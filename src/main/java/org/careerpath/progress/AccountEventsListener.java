package org.careerpath.progress;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.careerpath.account.AccountEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Keeps progress in step with accounts: on registration or sign-in the guest's progress on this device moves into
 * the account and the guest cookie is cleared; deleting an account deletes its progress.
 */
@Component
class AccountEventsListener {

	private final ProgressService progress;

	AccountEventsListener(ProgressService progress) {
		this.progress = progress;
	}

	@EventListener
	void on(AccountEvents.Registered event) {
		mergeGuestOfThisRequest(event.accountId());
	}

	@EventListener
	void on(AccountEvents.SignedIn event) {
		mergeGuestOfThisRequest(event.accountId());
	}

	@EventListener
	void on(AccountEvents.Deleted event) {
		this.progress.deleteAccountData(event.accountId());
	}

	private void mergeGuestOfThisRequest(long accountId) {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (!(attributes instanceof ServletRequestAttributes servlet) || servlet.getResponse() == null) {
			return;
		}
		HttpServletRequest request = servlet.getRequest();
		HttpServletResponse response = servlet.getResponse();
		GuestCookie.read(request).ifPresent(token -> {
			this.progress.mergeGuestIntoAccount(GuestCookie.hash(token), accountId);
			GuestCookie.clear(request, response);
		});
	}

}
