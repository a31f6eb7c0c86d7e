package org.careerpath.progress;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** For controllers elsewhere that save a guest's data: keeps the guest's cookie as progress's own pages do. */
public final class GuestCookies {

	private GuestCookies() {
	}

	/** Writes the cookie when a new guest was just created (a token is given); otherwise does nothing. */
	public static void keep(String guestToken, HttpServletRequest request, HttpServletResponse response) {
		GuestCookie.keep(guestToken, request, response);
	}

}
