package org.careerpath.career.guide;

/**
 * One thing wrong with a guide file, said so its author can find it: the file, the line where it is known, where in
 * the guide (a field, or an item by its key and the field) and what to do.
 */
public record GuideProblem(String file, Integer line, String where, String message) {

	@Override
	public String toString() {
		return this.file + ((this.line != null) ? ":" + this.line : "") + ": " + this.where + ": " + this.message;
	}

}
