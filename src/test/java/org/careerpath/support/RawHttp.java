package org.careerpath.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * HTTP/1.1 written by hand, for requests no well-behaved client sends: any Host header, broken bodies, bytes that are
 * not UTF-8, a chosen source address on the loopback range.
 */
public final class RawHttp {

	private final int port;

	private final String sourceAddress;

	public RawHttp(int port) {
		this(port, null);
	}

	private RawHttp(int port, String sourceAddress) {
		this.port = port;
		this.sourceAddress = sourceAddress;
	}

	/** Requests from another loopback address (127.0.0.2, say): a client that is not the trusted proxy. */
	public RawHttp from(String sourceAddress) {
		return new RawHttp(this.port, sourceAddress);
	}

	public Response send(String method, String target, List<String> headers, byte[] body) {
		try (Socket socket = new Socket()) {
			if (this.sourceAddress != null) {
				socket.bind(new InetSocketAddress(this.sourceAddress, 0));
			}
			socket.connect(new InetSocketAddress("127.0.0.1", this.port), 5_000);
			socket.setSoTimeout(30_000);
			StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
			boolean hasHost = headers.stream().anyMatch(h -> h.toLowerCase(Locale.ROOT).startsWith("host:"));
			if (!hasHost) {
				head.append("Host: localhost:").append(this.port).append("\r\n");
			}
			headers.forEach(header -> head.append(header).append("\r\n"));
			head.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
			try {
				out.write(body);
				out.flush();
			}
			catch (IOException ex) {
				// the server may answer and close before reading a body it refuses: read what it said
			}
			return Response.parse(readAll(socket.getInputStream()));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] readAll(InputStream in) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int n; (n = in.read(buffer)) != -1;) {
				bytes.write(buffer, 0, n);
			}
		}
		catch (IOException ex) {
			// a reset after the answer: keep what arrived
		}
		return bytes.toByteArray();
	}

	/** Status, headers (name: value, as sent) and the body as text (chunked bodies left as they came). */
	public record Response(int status, List<String> headers, String body) {

		static Response parse(byte[] raw) {
			String text = new String(raw, StandardCharsets.UTF_8);
			int end = text.indexOf("\r\n\r\n");
			String head = (end >= 0) ? text.substring(0, end) : text;
			String[] lines = head.split("\r\n");
			int status = (lines.length > 0 && lines[0].startsWith("HTTP/")) ? Integer.parseInt(lines[0].substring(9, 12)) : 0;
			List<String> headers = new ArrayList<>();
			for (int i = 1; i < lines.length; i++) {
				headers.add(lines[i]);
			}
			return new Response(status, headers, (end >= 0) ? text.substring(end + 4) : "");
		}

		public String header(String name) {
			return this.headers.stream()
				.filter(h -> h.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":"))
				.map(h -> h.substring(name.length() + 1).strip())
				.findFirst()
				.orElse(null);
		}

		public boolean setsCookie(String name) {
			return this.headers.stream()
				.anyMatch(h -> h.toLowerCase(Locale.ROOT).startsWith("set-cookie:") && h.contains(name + "="));
		}

	}

}
