package org.careerpath.api;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An integrator's HTTP client for the API, as curl with a cookie jar would be: it keeps cookies, fetches the CSRF
 * token from {@code /api/v1/csrf} and sends it with every change.
 */
final class ApiClient {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient http;

	ApiClient(int port) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder().cookieHandler(this.cookies).build();
	}

	Answer get(String path, String... headers) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET(), headers);
	}

	/** A PUT of JSON with this client's CSRF token (fetched once, as an integrator would). */
	Answer put(String path, String json) {
		return put(path, json, "Content-Type", "application/json", "X-XSRF-TOKEN", token());
	}

	/** A PUT exactly as given: headers are name, value pairs; no token unless given. */
	Answer put(String path, String body, String... headers) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.PUT(HttpRequest.BodyPublishers.ofString(body)), headers);
	}

	/** What a browser asks another site before a cross-origin request that is not simple. */
	Answer preflight(String path, String origin, String method) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody()), "Origin", origin, "Access-Control-Request-Method",
				method, "Access-Control-Request-Headers", "if-none-match");
	}

	/** A PUT whose body is streamed without a declared length (chunked), with this client's token. */
	Answer putStreamed(String path, byte[] body) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))),
				"Content-Type", "application/json", "X-XSRF-TOKEN", token());
	}

	String token() {
		return get("/api/v1/csrf").json().get("token").asString();
	}

	/** Registers an account through the site's form, signing this client in (its session cookie). */
	void register(String email) {
		String page = get("/register", "Accept", "text/html").body();
		Matcher token = FORM_TOKEN.matcher(page);
		if (!token.find()) {
			throw new IllegalStateException("No CSRF token on the registration page");
		}
		String form = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
				+ "&password=" + URLEncoder.encode("a long enough secret phrase", StandardCharsets.UTF_8)
				+ "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		Answer answer = send(HttpRequest.newBuilder(URI.create(this.base + "/register"))
			.POST(HttpRequest.BodyPublishers.ofString(form)), "Content-Type", "application/x-www-form-urlencoded");
		if (answer.status() != 302) {
			throw new IllegalStateException("Registration answered " + answer.status());
		}
	}

	Optional<String> cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst();
	}

	private Answer send(HttpRequest.Builder request, String... headers) {
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		try {
			HttpResponse<String> response = this.http.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Answer(response.statusCode(), response.headers(), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	record Answer(int status, java.net.http.HttpHeaders headers, String body) {

		JsonNode json() {
			return JSON.readTree(this.body);
		}

		String header(String name) {
			return this.headers.firstValue(name).orElse(null);
		}

	}

}
