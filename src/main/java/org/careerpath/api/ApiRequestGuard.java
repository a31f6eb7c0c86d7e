package org.careerpath.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.careerpath.progress.OwnProgress;
import org.careerpath.system.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What the API checks before anything runs, so that a request it cannot answer changes nothing: that the client takes
 * UTF-8 JSON (a change is otherwise saved and then cannot be answered), and that a body is no larger than any the
 * API takes (a progress file at most), whether or not its length is declared.
 */
class ApiRequestGuard extends OncePerRequestFilter {

	/** The largest body read: a progress file and some room for white space. */
	static final int MAX_BODY = OwnProgress.maxFileBytes() + 16 * 1024;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!takesJson(request.getHeader(HttpHeaders.ACCEPT))) {
			Problems.write(request, response, Problems.Kind.NOT_ACCEPTABLE,
					"The API answers UTF-8 application/json only: accept that (or */*).", Map.of());
			return;
		}
		if (request.getContentLengthLong() > MAX_BODY) {
			Problems.write(request, response, Problems.Kind.TOO_LARGE, tooLarge(), Map.of());
			return;
		}
		chain.doFilter(new LimitedBody(request), response);
	}

	static String tooLarge() {
		return "The body is larger than the API takes (a progress file is at most " + OwnProgress.maxFileBytes() / 1024
				+ " KB).";
	}

	private static boolean takesJson(String accept) {
		if (accept == null || accept.isBlank()) {
			return true;
		}
		try {
			List<MediaType> types = MediaType.parseMediaTypes(accept);
			return types.stream()
				.anyMatch(type -> type.getQualityValue() > 0 && (type.isCompatibleWith(MediaType.APPLICATION_JSON)
						|| type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)) && utf8(type));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	private static boolean utf8(MediaType type) {
		try {
			return type.getCharset() == null || StandardCharsets.UTF_8.equals(type.getCharset());
		}
		catch (IllegalArgumentException unknownCharset) {
			return false;
		}
	}

	/** A body larger than {@link #MAX_BODY} sent without its length: reading stops there, with an error. */
	static final class TooLargeException extends IOException {

		TooLargeException() {
			super(tooLarge());
		}

	}

	private static final class LimitedBody extends HttpServletRequestWrapper {

		private ServletInputStream stream;

		LimitedBody(HttpServletRequest request) {
			super(request);
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				ServletInputStream body = super.getInputStream();
				this.stream = new ServletInputStream() {

					private long read;

					@Override
					public int read() throws IOException {
						int next = body.read();
						count((next < 0) ? 0 : 1);
						return next;
					}

					@Override
					public int read(byte[] buffer, int offset, int length) throws IOException {
						int count = body.read(buffer, offset, length);
						count(Math.max(count, 0));
						return count;
					}

					private void count(int bytes) throws IOException {
						this.read += bytes;
						if (this.read > MAX_BODY) {
							throw new TooLargeException();
						}
					}

					@Override
					public boolean isFinished() {
						return body.isFinished();
					}

					@Override
					public boolean isReady() {
						return body.isReady();
					}

					@Override
					public void setReadListener(ReadListener listener) {
						body.setReadListener(listener);
					}

				};
			}
			return this.stream;
		}

	}

}
