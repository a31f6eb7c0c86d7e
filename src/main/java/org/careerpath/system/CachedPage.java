package org.careerpath.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * A rendered page kept in memory: its HTML cut where the visitor's CSRF token goes. A page without a token is the
 * same bytes for everyone, so it also keeps them compressed and an ETag; a page with one is put together per request.
 */
record CachedPage(String contentType, List<byte[]> parts, byte[] gzipped, String etag) {

	/** Cuts the rendered HTML at every {@code marker} (the placeholder token the page was rendered with). */
	static CachedPage of(String contentType, byte[] html, String marker) {
		List<byte[]> parts = split(html, marker.getBytes(StandardCharsets.US_ASCII));
		if (parts.size() > 1) {
			return new CachedPage(contentType, List.copyOf(parts), null, null);
		}
		return new CachedPage(contentType, List.of(html), gzip(html), "W/\"" + digest(html) + "\"");
	}

	/** True when every visitor gets the very same bytes: nothing personal, so any cache may keep them. */
	boolean shared() {
		return this.parts.size() == 1;
	}

	byte[] html(String token) {
		if (shared()) {
			return this.parts.get(0);
		}
		byte[] tokenBytes = token.getBytes(StandardCharsets.US_ASCII);
		ByteArrayOutputStream out = new ByteArrayOutputStream(weight() + this.parts.size() * tokenBytes.length);
		for (int i = 0; i < this.parts.size(); i++) {
			if (i > 0) {
				out.writeBytes(tokenBytes);
			}
			out.writeBytes(this.parts.get(i));
		}
		return out.toByteArray();
	}

	/** Bytes held, for the cache's bound. */
	int weight() {
		int weight = (this.gzipped != null) ? this.gzipped.length : 0;
		for (byte[] part : this.parts) {
			weight += part.length;
		}
		return weight;
	}

	private static List<byte[]> split(byte[] html, byte[] marker) {
		List<byte[]> parts = new ArrayList<>();
		int start = 0;
		for (int i = 0; i <= html.length - marker.length; i++) {
			if (html[i] == marker[0] && matches(html, i, marker)) {
				parts.add(Arrays.copyOfRange(html, start, i));
				start = i + marker.length;
				i = start - 1;
			}
		}
		parts.add(Arrays.copyOfRange(html, start, html.length));
		return parts;
	}

	private static boolean matches(byte[] html, int at, byte[] marker) {
		for (int j = 1; j < marker.length; j++) {
			if (html[at + j] != marker[j]) {
				return false;
			}
		}
		return true;
	}

	private static byte[] gzip(byte[] html) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(html.length / 4);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(html);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static String digest(byte[] html) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(html), 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing", ex);
		}
	}

}
