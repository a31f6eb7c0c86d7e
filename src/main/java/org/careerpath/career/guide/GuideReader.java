package org.careerpath.career.guide;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads one guide file strictly: unknown fields and a key written twice in one mapping are errors, with the line the
 * parser knows. A file that parses is then checked by {@link GuideValidator}; only a file with no problem at all is
 * {@link Read#guide() returned}, so an invalid guide never half-loads.
 */
public final class GuideReader {

	/** Changes when the way a file becomes rows changes, so that every guide is written again once. */
	static final String FORMAT = "careerpath-guide-1";

	/** Far above any real guide (the first is 90 KB); a bigger file is refused before it is parsed. */
	static final int MAX_BYTES = 2 * 1024 * 1024;

	/** Jackson's message for a field written twice in one mapping. */
	private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"([^\"]+)\"");

	private static final YAMLMapper MAPPER = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT) // 11111.99 is a mistake, not 11111
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private GuideReader() {
	}

	/** The guide with its content hash, or what is wrong with it; never both. */
	public record Read(String file, GuideFile guide, String contentHash, List<GuideProblem> problems) {

		public boolean valid() {
			return this.guide != null;
		}

	}

	public static Read read(String file, byte[] bytes) {
		if (bytes.length > MAX_BYTES) {
			return invalid(file, List.of(new GuideProblem(file, null, "file",
					"is " + bytes.length / 1024 + " KB; a guide may be at most " + MAX_BYTES / 1024 / 1024 + " MB.")));
		}
		String text = new String(bytes, StandardCharsets.UTF_8);
		if (text.isBlank()) {
			return invalid(file, List.of(new GuideProblem(file, null, "file",
					"is empty: a guide starts with its slug, title, guideTitle and summary (see docs/authoring-guides.md).")));
		}
		GuideFile guide;
		try {
			guide = MAPPER.readValue(text, GuideFile.class);
		}
		catch (JacksonException ex) {
			return invalid(file, List.of(parseProblem(file, text, ex)));
		}
		if (guide == null) {
			return invalid(file, List.of(new GuideProblem(file, null, "file", "is empty.")));
		}
		List<GuideProblem> problems = new GuideValidator(file, text).validate(guide);
		if (!problems.isEmpty()) {
			return invalid(file, problems);
		}
		return new Read(file, guide, hash(bytes), List.of());
	}

	private static Read invalid(String file, List<GuideProblem> problems) {
		return new Read(file, null, null, problems);
	}

	private static GuideProblem parseProblem(String file, String text, JacksonException ex) {
		GuideLines lines = new GuideLines(text);
		if (ex.getCause() instanceof MarkedYamlEngineException yaml) {
			// Not YAML at all: the engine's own problem and mark say what and where (a tab, an unclosed quote).
			Integer line = yaml.getProblemMark().map(mark -> mark.getLine() + 1).orElse(null);
			Integer part = yaml.getContextMark().map(mark -> mark.getLine() + 1).orElse(line);
			String problem = (yaml.getProblem() != null) ? yaml.getProblem() : yaml.getContext();
			String within = (part != null && !part.equals(line)) ? " (in the part that starts on line " + part + ")" : "";
			return new GuideProblem(file, line, "file", "is not valid YAML: " + problem + within + "." + hint(problem));
		}
		Integer reported = (ex.getLocation() != null && ex.getLocation().getLineNr() > 0) ? ex.getLocation().getLineNr()
				: null;
		Located located = locate(lines, ex.getPath());
		Integer line = (located.line() > 0) ? Integer.valueOf(located.line()) : reported;
		String where = located.where().isEmpty() ? "file" : located.where();
		if (ex instanceof UnrecognizedPropertyException unknown) {
			return new GuideProblem(file, line, where,
					"unknown field \u201c" + unknown.getPropertyName() + "\u201d; check its spelling and indentation.");
		}
		if (ex instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
			return new GuideProblem(file, line, where, expected(mismatch.getTargetType()));
		}
		String message = ex.getOriginalMessage();
		Matcher duplicate = DUPLICATE.matcher(message);
		if (duplicate.find()) {
			return new GuideProblem(file, reported, where,
					"\u201c" + duplicate.group(1) + "\u201d is written twice in this item; keep one.");
		}
		return new GuideProblem(file, line, where, message.lines().findFirst().orElse(message).strip());
	}

	/** What a field of this type must look like, in an author's words. */
	private static String expected(Class<?> type) {
		if (type == Long.class || type == Integer.class || type == long.class || type == int.class) {
			return "must be a whole number, such as 80000: no commas, spaces, decimals or currency signs.";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "must be true or false.";
		}
		if (type == String.class) {
			return "must be text (a list or a group of fields is not expected here).";
		}
		if (List.class.isAssignableFrom(type)) {
			return "must be a list: one item per line, each starting with \u201c- \u201d.";
		}
		return "must be a group of fields, each on its own line, indented under this one.";
	}

	private static String hint(String problem) {
		if (problem == null) {
			return "";
		}
		if (problem.contains("TAB")) {
			return " Indent with spaces, never tabs.";
		}
		if (problem.contains("mapping values are not allowed")) {
			return " A text that contains \u201c: \u201d must be in quotes, like title: \"Shadowing: a first step\";"
					+ " otherwise check the indentation.";
		}
		return " Look for a quote or bracket that is opened and not closed, or a line indented unlike its neighbours.";
	}

	private record Located(String where, int line) {
	}

	/**
	 * Jackson's path ("steps", 0, "titel") as the rest of the messages say it ("steps[educational-background].titel"),
	 * with the line it leads to in the text.
	 */
	private static Located locate(GuideLines lines, List<JacksonException.Reference> path) {
		StringBuilder where = new StringBuilder();
		int line = 0;
		boolean found = true;
		for (JacksonException.Reference ref : path) {
			if (ref.getPropertyName() != null) {
				where.append(where.isEmpty() ? "" : ".").append(ref.getPropertyName());
				line = found ? lines.child(line, ref.getPropertyName()) : 0;
			}
			else {
				int item = found ? lines.item(line, ref.getIndex()) : 0;
				String key = (item > 0) ? lines.keyOf(item) : null;
				where.append('[').append((key != null) ? key : String.valueOf(ref.getIndex())).append(']');
				line = item;
			}
			found = line > 0;
		}
		return new Located(where.toString(), line);
	}

	static String hash(byte[] bytes) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(FORMAT.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
