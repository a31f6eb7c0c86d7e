package org.careerpath.system;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.AbstractFlashMapManager;

/**
 * Flash attributes ("Saved.") kept in a short-lived cookie instead of the session, so a guest's change, answered with
 * a redirect, starts no server session. Only short message codes are kept: a flash attribute that is not one is left
 * out, and a cookie that does not read as one is ignored.
 */
class CookieFlashMapManager extends AbstractFlashMapManager {

	static final String COOKIE = "careerpath_flash";

	private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{0,79}");

	private static final Duration LIFETIME = Duration.ofMinutes(3);

	@Override
	protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName())) {
				return decode(cookie.getValue());
			}
		}
		return null;
	}

	@Override
	protected void updateFlashMaps(List<FlashMap> flashMaps, HttpServletRequest request, HttpServletResponse response) {
		String value = flashMaps.isEmpty() ? "" : encode(flashMaps);
		response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, value)
			.path("/")
			.httpOnly(true)
			.sameSite("Lax")
			.secure(request.isSecure())
			.maxAge(value.isEmpty() ? Duration.ZERO : LIFETIME)
			.build()
			.toString());
	}

	/** One map per line: target path, then name=code pairs; all of it base64url. */
	private static String encode(List<FlashMap> flashMaps) {
		StringBuilder text = new StringBuilder();
		for (FlashMap map : flashMaps) {
			StringBuilder line = new StringBuilder(String.valueOf(map.getTargetRequestPath()));
			map.forEach((name, value) -> {
				if (value instanceof String code && CODE.matcher(name).matches() && CODE.matcher(code).matches()) {
					line.append(' ').append(name).append('=').append(code);
				}
			});
			text.append(line).append('\n');
		}
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static List<FlashMap> decode(String value) {
		List<FlashMap> maps = new ArrayList<>();
		try {
			String text = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
			for (String line : text.split("\n", 8)) {
				String[] parts = line.split(" ");
				if (parts.length < 2 || !parts[0].startsWith("/")) {
					continue;
				}
				FlashMap map = new FlashMap();
				map.setTargetRequestPath(parts[0]);
				map.startExpirationPeriod((int) LIFETIME.toSeconds());
				for (int i = 1; i < parts.length; i++) {
					String[] pair = parts[i].split("=", 2);
					if (pair.length == 2 && CODE.matcher(pair[0]).matches() && CODE.matcher(pair[1]).matches()) {
						map.put(pair[0], pair[1]);
					}
				}
				maps.add(map);
			}
		}
		catch (IllegalArgumentException ex) {
			return null; // not ours, or tampered with: no message
		}
		return maps;
	}

}
