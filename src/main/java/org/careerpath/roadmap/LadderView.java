package org.careerpath.roadmap;

import java.util.List;

import org.careerpath.career.CareerHeader;

/** The career ladder page: the rungs in order, each with its tips. */
record LadderView(CareerHeader career, List<Rung> rungs, String currentRungKey) {

	LadderView(CareerHeader career, List<Rung> rungs) {
		this(career, rungs, null);
	}

	LadderView placedOn(String rungKey) {
		boolean known = this.rungs.stream().anyMatch(rung -> rung.key().equals(rungKey));
		return new LadderView(this.career, this.rungs, known ? rungKey : null);
	}

	/** The rung the person said they are on, or null. */
	public Rung current() {
		return this.rungs.stream().filter(rung -> rung.key().equals(this.currentRungKey)).findFirst().orElse(null);
	}

	/** The rung after the current one, whose tips the page brings forward; null at the top or with no position. */
	public Rung next() {
		Rung current = current();
		if (current == null) {
			return null;
		}
		int index = this.rungs.indexOf(current);
		return (index + 1 < this.rungs.size()) ? this.rungs.get(index + 1) : null;
	}

	record Rung(String key, int position, String stage, String title, List<String> paragraphs, String tipsIntro,
			List<Tip> tips) {
	}

	record Tip(String title, String text) {
	}

}
