package org.careerpath.progress;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * The guest's cookie: a random 256-bit token, HttpOnly and SameSite=Lax, kept for a long time. The server stores
 * only its SHA-256, so a leaked database does not let anyone act as a guest.
 */
final class GuestCookie {

	static final String NAME = "careerpath_guest";

	static final Duration MAX_AGE = Duration.ofDays(400);

	private static final SecureRandom RANDOM = new SecureRandom();

	private GuestCookie() {
	}

	static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing", ex);
		}
	}

	static Optional<String> read(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (NAME.equals(cookie.getName()) && cookie.getValue() != null && cookie.getValue().matches("[A-Za-z0-9_-]{43}")) {
				return Optional.of(cookie.getValue());
			}
		}
		return Optional.empty();
	}

	static void write(String token, HttpServletRequest request, HttpServletResponse response) {
		response.addHeader(HttpHeaders.SET_COOKIE, cookie(token, MAX_AGE, request).toString());
	}

	/** Gives the browser the guest's token after a change, or renews its lifetime; nothing for an account (null). */
	static void keep(String token, HttpServletRequest request, HttpServletResponse response) {
		if (token != null) {
			write(token, request, response);
		}
	}

	static void clear(HttpServletRequest request, HttpServletResponse response) {
		response.addHeader(HttpHeaders.SET_COOKIE, cookie("", Duration.ZERO, request).toString());
	}

	private static ResponseCookie cookie(String value, Duration maxAge, HttpServletRequest request) {
		return ResponseCookie.from(NAME, value)
			.path("/")
			.httpOnly(true)
			.sameSite("Lax")
			.secure(request.isSecure())
			.maxAge(maxAge)
			.build();
	}

}
