package org.careerpath.support;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small helpers for reading served HTML in tests as a person would: its visible text and its links. */
public final class Html {

	private static final Pattern HREF = Pattern.compile("href=\"([^\"#]*)(#[^\"]*)?\"");

	private Html() {
	}

	/** The text a reader sees: tags replaced by spaces, entities decoded, white space folded. */
	public static String text(String html) {
		String withoutHead = html.replaceAll("(?s)<head>.*?</head>", " ");
		String text = withoutHead.replaceAll("(?s)<[^>]+>", " ")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&amp;", "&");
		return text.replaceAll("\\s+", " ").replace(" :", ":").replace(" ,", ",").trim();
	}

	/** The site-relative links of a page, without fragments. */
	public static Set<String> links(String html) {
		Set<String> links = new LinkedHashSet<>();
		Matcher matcher = HREF.matcher(html);
		while (matcher.find()) {
			String href = matcher.group(1).replace("&amp;", "&");
			if (href.startsWith("/")) {
				links.add(href);
			}
		}
		return links;
	}

}
