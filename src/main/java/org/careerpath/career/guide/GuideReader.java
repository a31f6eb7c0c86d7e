package org.careerpath.career.guide;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
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

	private static final YAMLMapper MAPPER = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
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
		Integer line = (ex.getLocation() != null && ex.getLocation().getLineNr() > 0) ? ex.getLocation().getLineNr()
				: null;
		String where = path(ex.getPath());
		if (ex instanceof UnrecognizedPropertyException unknown) {
			// Jackson reports where the item ends; the author needs the line with the unknown field.
			line = lineBefore(text, line, unknown.getPropertyName());
			return new GuideProblem(file, line, where,
					"unknown field \u201c" + unknown.getPropertyName() + "\u201d; check its spelling and indentation.");
		}
		String message = ex.getOriginalMessage();
		// Jackson's message for a wrong type names Java classes; the author needs the field and what it should be.
		message = message.replaceAll("`[\\w.$]+\\$(\\w+)`", "$1").replaceAll("`java\\.lang\\.(\\w+)`", "$1");
		return new GuideProblem(file, line, where.isEmpty() ? "file" : where,
				message.lines().findFirst().orElse(message).strip());
	}

	/** The last line at or before {@code line} that sets {@code field}; {@code line} itself if none does. */
	private static Integer lineBefore(String text, Integer line, String field) {
		if (line == null) {
			return null;
		}
		List<String> lines = text.lines().toList();
		String prefix = field + ":";
		for (int i = Math.min(line, lines.size()) - 1; i >= 0; i--) {
			String stripped = lines.get(i).strip();
			if (stripped.startsWith(prefix) || stripped.startsWith("- " + prefix)) {
				return i + 1;
			}
		}
		return line;
	}

	/** "steps[2].actions[0].label" from Jackson's path of references. */
	private static String path(List<JacksonException.Reference> references) {
		return references.stream()
			.map(ref -> (ref.getPropertyName() != null) ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
			.collect(Collectors.joining())
			.replaceFirst("^\\.", "");
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
