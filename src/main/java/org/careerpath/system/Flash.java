package org.careerpath.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.FlashMap;

/** A message for the next page, for code that answers before Spring MVC does (the security filters). */
public final class Flash {

	private Flash() {
	}

	/** Shows the message (a code of messages.properties) on the page at {@code path}, once. */
	public static void save(HttpServletRequest request, HttpServletResponse response, String path, String code) {
		FlashMap notice = new FlashMap();
		notice.put("flash", code);
		notice.setTargetRequestPath(request.getContextPath() + path);
		new CookieFlashMapManager().saveOutputFlashMap(notice, request, response);
	}

}
