package org.careerpath.support;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny browser for tests over real HTTP: it keeps cookies, follows redirects after a POST, and sends the CSRF
 * token of the last page it read with each form, as a browser with JavaScript off would.
 */
public final class Browser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final CookieManager cookies;

	private final HttpClient http;

	private String csrf;

	private final String forwardedFor;

	public Browser(int port) {
		this("http://localhost:" + port, new CookieManager(null, CookiePolicy.ACCEPT_ALL), null);
	}

	private Browser(String base, CookieManager cookies, String forwardedFor) {
		this.base = base;
		this.cookies = cookies;
		this.forwardedFor = forwardedFor;
		this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build();
	}

	/** The same browser, with its cookies, talking to a server on another port (a restarted application). */
	public Browser at(int port) {
		return new Browser("http://localhost:" + port, this.cookies, this.forwardedFor);
	}

	/** A new browser at another client address, as the trusted proxy on loopback reports it (X-Forwarded-For). */
	public Browser behindProxyAs(String clientAddress) {
		return new Browser(this.base, new CookieManager(null, CookiePolicy.ACCEPT_ALL), clientAddress);
	}

	public Page get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).header("Accept", "text/html").GET().build());
	}

	/** A form POST with the last page's CSRF token; fields are name, value pairs. */
	public Page post(String path, String... fields) {
		return postRaw(path, "text/html", withToken(fields));
	}

	/** The same POST as the page's script sends it: answered with JSON, no redirect. */
	public Page postForJson(String path, String... fields) {
		return postRaw(path, "application/json", withToken(fields));
	}

	private String[] withToken(String... fields) {
		List<String> all = new ArrayList<>(List.of(fields));
		if (this.csrf != null) {
			all.add("_csrf");
			all.add(this.csrf);
		}
		return all.toArray(String[]::new);
	}

	/** A form POST exactly as given: no token is added. */
	public Page postRaw(String path, String accept, String... fields) {
		return submit("POST", path, accept, fields);
	}

	/**
	 * A request with another method (PUT, DELETE, ...) with the last page's CSRF token in its header (the site reads
	 * no form body but a POST's).
	 */
	public Page send(String method, String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Accept", "text/html")
			.header("X-XSRF-TOKEN", (this.csrf != null) ? this.csrf : "")
			.method(method, HttpRequest.BodyPublishers.noBody())
			.build());
	}

	private Page submit(String method, String path, String accept, String... fields) {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < fields.length; i += 2) {
			if (body.length() > 0) {
				body.append('&');
			}
			body.append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
		}
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", accept)
			.method(method, HttpRequest.BodyPublishers.ofString(body.toString()))
			.build());
	}

	/** A multipart upload of one file in field "file", with the last page's CSRF token. */
	public Page upload(String path, String filename, byte[] content) {
		String boundary = "----careerpath" + System.nanoTime();
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + this.csrf + "\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: application/json\r\n\r\n";
		String tail = "\r\n--" + boundary + "--\r\n";
		byte[] headBytes = head.getBytes(StandardCharsets.UTF_8);
		byte[] tailBytes = tail.getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[headBytes.length + content.length + tailBytes.length];
		System.arraycopy(headBytes, 0, body, 0, headBytes.length);
		System.arraycopy(content, 0, body, headBytes.length, content.length);
		System.arraycopy(tailBytes, 0, body, headBytes.length + content.length, tailBytes.length);
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build());
	}

	public Optional<String> cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst();
	}

	public void forget(String cookieName) {
		this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals(cookieName))
			.toList()
			.forEach(cookie -> this.cookies.getCookieStore().remove(null, cookie));
	}

	private Page send(HttpRequest request) {
		if (this.forwardedFor != null) {
			request = HttpRequest.newBuilder(request, (name, value) -> true)
				.header("X-Forwarded-For", this.forwardedFor)
				.build();
		}
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			Matcher matcher = CSRF.matcher(response.body());
			if (matcher.find()) {
				this.csrf = matcher.group(1);
			}
			return new Page(response.statusCode(), response.uri().toString(), response.body(),
					response.headers().allValues("Set-Cookie"));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** What came back: status, final address, the HTML and its visible text. */
	public record Page(int status, String url, String html, List<String> setCookies) {

		public String text() {
			return Html.text(this.html);
		}

	}

}
