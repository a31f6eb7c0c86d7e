package org.careerpath.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Cuts a hit's text into plain and matched parts, for the page to mark the matched words. The parts are text, never
 * HTML: the page escapes them like any other text.
 */
public final class Snippets {

	/** Words this long or longer may match with one letter wrong. */
	static final int FUZZY_FROM = 5;

	/** About how long a snippet is, in characters. */
	static final int LENGTH = 240;

	private Snippets() {
	}

	/** A text or part of one, matched (to be marked) or not. */
	public record Part(String text, boolean match) {
	}

	/** The whole text, with the matched words marked. */
	static List<Part> marked(Analyzer analyzer, String text, List<String> words) {
		return parts(text, matches(analyzer, text, words), 0, text.length());
	}

	/** About {@value #LENGTH} characters around the first matched word (or the text's start), marked. */
	static List<Part> around(Analyzer analyzer, String text, List<String> words) {
		List<int[]> matches = matches(analyzer, text, words);
		int start = matches.isEmpty() ? 0 : Math.max(0, matches.get(0)[0] - LENGTH / 3);
		if (start > 0) {
			int space = text.indexOf(' ', start);
			start = (space >= 0 && space < matches.get(0)[0]) ? space + 1 : start;
		}
		int end = Math.min(text.length(), start + LENGTH);
		if (end < text.length()) {
			int space = text.lastIndexOf(' ', end);
			end = (space > start) ? space : end;
		}
		List<Part> parts = new ArrayList<>();
		if (start > 0) {
			parts.add(new Part("… ", false));
		}
		parts.addAll(parts(text, matches, start, end));
		if (end < text.length()) {
			parts.add(new Part(" …", false));
		}
		return parts;
	}

	private static List<Part> parts(String text, List<int[]> matches, int start, int end) {
		List<Part> parts = new ArrayList<>();
		int at = start;
		for (int[] match : matches) {
			if (match[0] < at || match[1] > end) {
				continue;
			}
			if (match[0] > at) {
				parts.add(new Part(text.substring(at, match[0]).replace('\n', ' '), false));
			}
			parts.add(new Part(text.substring(match[0], match[1]), true));
			at = match[1];
		}
		if (at < end) {
			parts.add(new Part(text.substring(at, end).replace('\n', ' '), false));
		}
		return parts;
	}

	/** Start and end offsets of the text's words that match a query word as the index would. */
	private static List<int[]> matches(Analyzer analyzer, String text, List<String> words) {
		List<int[]> matches = new ArrayList<>();
		try (TokenStream tokens = analyzer.tokenStream("body", text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				String token = term.toString();
				if (words.stream().anyMatch(word -> matches(word, token))) {
					matches.add(new int[] { offset.startOffset(), offset.endOffset() });
				}
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return matches;
	}

	/** Equal, or (for longer words) one letter added, dropped or changed after the first, as the fuzzy query does. */
	static boolean matches(String word, String token) {
		if (word.equals(token)) {
			return true;
		}
		if (word.length() < FUZZY_FROM || Math.abs(word.length() - token.length()) > 1 || token.isEmpty()
				|| word.charAt(0) != token.charAt(0)) {
			return false;
		}
		return withinOneEdit(word, token);
	}

	private static boolean withinOneEdit(String a, String b) {
		int i = 0;
		int j = 0;
		int edits = 0;
		while (i < a.length() && j < b.length()) {
			if (a.charAt(i) == b.charAt(j)) {
				i++;
				j++;
				continue;
			}
			if (++edits > 1) {
				return false;
			}
			if (a.length() > b.length()) {
				i++;
			}
			else if (a.length() < b.length()) {
				j++;
			}
			else {
				i++;
				j++;
			}
		}
		return edits + (a.length() - i) + (b.length() - j) <= 1;
	}

}
