package org.careerpath.system;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Reading pages rendered once and served from memory to visitors who bring no personal state. Runs after Spring
 * Security (so every answer still gets its headers and a visitor's CSRF token), before Spring MVC; registered by
 * {@link ContentCacheConfig}.
 * <ul>
 * <li>Only a GET from a visitor with no cookie but the CSRF one: a session, a guest's or a flash cookie means the page
 * may show something of theirs, so it is rendered for them as before.</li>
 * <li>Only pages marked {@link SharedPage} that answered 200 with HTML and set no cookie are kept, per address,
 * language and day (a date field's "today"). They are dropped with the other content caches when a guide changes.</li>
 * <li>A page is rendered with a placeholder for the CSRF token, and each visitor's own token is put in when it is
 * served. A page without one is the same for everyone: {@code Cache-Control: public}, an ETag and 304 on
 * revalidation, compressed once. Everything else is {@code private, no-store} unless it says otherwise (the
 * fingerprinted assets do).</li>
 * </ul>
 */
class PageCacheFilter extends OncePerRequestFilter {

	static final String CACHE = "pages";

	static final String SHAREABLE = PageCacheFilter.class.getName() + ".SHAREABLE";

	static final String SHARED_CACHE_CONTROL = "public, max-age=300";

	static final String PERSONAL_CACHE_CONTROL = "private, no-store";

	private static final String CSRF_COOKIE = "XSRF-TOKEN";

	/** Letters and digits only, so HTML escaping leaves it as it is; new for each start, so no guide can contain it. */
	private final String marker = "csrf" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());

	private final Cache pages;

	private final Clock clock;

	PageCacheFilter(CacheManager caches, Clock clock) {
		this.pages = caches.getCache(CACHE);
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/assets/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader(HttpHeaders.CACHE_CONTROL, PERSONAL_CACHE_CONTROL);
		if (!"GET".equals(request.getMethod()) || bringsPersonalState(request)) {
			chain.doFilter(request, response);
			return;
		}
		String key = key(request);
		CachedPage page = this.pages.get(key, CachedPage.class);
		if (page == null) {
			page = render(request, response, chain);
			if (page == null) {
				return;
			}
			this.pages.put(key, page);
		}
		serve(page, request, response);
	}

	/** Renders the page with the placeholder token; answers it at once and returns null when it is not to be kept. */
	private CachedPage render(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		PlaceholderToken placeholder = new PlaceholderToken(this.marker);
		if (token != null) {
			request.setAttribute(CsrfToken.class.getName(), placeholder);
			request.setAttribute(PlaceholderToken.PARAMETER, placeholder);
		}
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, rendering);
		}
		finally {
			if (token != null) {
				request.setAttribute(CsrfToken.class.getName(), token);
				request.setAttribute(PlaceholderToken.PARAMETER, token);
			}
		}
		boolean keep = Boolean.TRUE.equals(request.getAttribute(SHAREABLE))
				&& rendering.getStatus() == HttpServletResponse.SC_OK && !response.isCommitted()
				&& rendering.getContentType() != null && rendering.getContentType().startsWith("text/html")
				&& response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty();
		if (keep) {
			return CachedPage.of(rendering.getContentType(), rendering.getContentAsByteArray(), this.marker);
		}
		if (placeholder.used()) {
			// Not kept, but rendered with the placeholder: the visitor's own token goes in before it leaves.
			byte[] html = CachedPage.of("", rendering.getContentAsByteArray(), this.marker).html(token.getToken());
			response.setContentLength(html.length);
			response.getOutputStream().write(html);
		}
		else {
			rendering.copyBodyToResponse();
		}
		return null;
	}

	private void serve(CachedPage page, HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setContentType(page.contentType());
		if (!page.shared()) {
			CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
			byte[] html = page.html(token.getToken());
			response.setContentLength(html.length);
			response.getOutputStream().write(html);
			return;
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, SHARED_CACHE_CONTROL);
		response.setHeader(HttpHeaders.VARY, "Accept-Encoding, Accept-Language");
		if (new ServletWebRequest(request, response).checkNotModified(page.etag())) {
			return;
		}
		String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		byte[] body = page.html(null);
		if (accepted != null && accepted.contains("gzip")) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			body = page.gzipped();
		}
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	/** Any cookie but the CSRF token's may make the page theirs: a session, a guest's progress, a flash message. */
	private static boolean bringsPersonalState(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (!CSRF_COOKIE.equals(cookie.getName())) {
					return true;
				}
			}
		}
		return false;
	}

	/** What the page depends on: the language, the day, the address and its parameters (as the controller sees them). */
	private String key(HttpServletRequest request) {
		StringBuilder key = new StringBuilder(request.getLocale().toLanguageTag()).append(' ')
			.append(LocalDate.now(this.clock))
			.append(' ')
			.append(request.getRequestURI());
		request.getParameterMap().forEach((name, values) -> {
			for (String value : values) {
				key.append('&')
					.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
					.append('=')
					.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
			}
		});
		return key.toString();
	}

}
