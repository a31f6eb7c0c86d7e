package org.careerpath.progress;

/** Where a person is with one roadmap step. */
public enum StepStatus {

	NOT_STARTED("○"), IN_PROGRESS("◐"), DONE("✓"), SKIPPED("↷");

	private final String icon;

	StepStatus(String icon) {
		this.icon = icon;
	}

	/** A symbol shown next to the status text, so that colour is never the only signal. */
	public String getIcon() {
		return this.icon;
	}

	/** The message key of the status's label. */
	public String getLabelKey() {
		return "progress.status." + name();
	}

}
