package org.careerpath.career;

/**
 * A career, or an item of one, that the address asks for does not exist. Shown as a helpful 404 page, worded from
 * the message code of its {@link Kind}.
 */
public class ContentNotFoundException extends RuntimeException {

	public enum Kind {

		CAREER, SECTION, STEP, ACTION, RUNG

	}

	private final Kind kind;

	private final String slug;

	private final String key;

	private ContentNotFoundException(Kind kind, String slug, String key) {
		super(kind + " not found: " + slug + (key != null ? "/" + key : ""));
		this.kind = kind;
		this.slug = slug;
		this.key = key;
	}

	public static ContentNotFoundException career(String slug) {
		return new ContentNotFoundException(Kind.CAREER, slug, null);
	}

	/** A section (such as the FAQ) that this career's guide does not have. */
	public static ContentNotFoundException section(String slug, String section) {
		return new ContentNotFoundException(Kind.SECTION, slug, section);
	}

	public static ContentNotFoundException step(String slug, String stepKey) {
		return new ContentNotFoundException(Kind.STEP, slug, stepKey);
	}

	/** An action the step does not have; the key names both, as "step/action". */
	public static ContentNotFoundException action(String slug, String stepKey, String actionKey) {
		return new ContentNotFoundException(Kind.ACTION, slug, stepKey + "/" + actionKey);
	}

	public static ContentNotFoundException rung(String slug, String rungKey) {
		return new ContentNotFoundException(Kind.RUNG, slug, rungKey);
	}

	public Kind getKind() {
		return this.kind;
	}

	/** The career asked for (for a missing step, the career that exists). */
	public String getSlug() {
		return this.slug;
	}

	/** The missing item's key, or null when the career itself is missing. */
	public String getKey() {
		return this.key;
	}

}
