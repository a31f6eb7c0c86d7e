package org.careerpath.progress;

/** What a change sent with fetch gets back: the true state after it, and the texts the page shows. */
record ProgressUpdate(String stepKey, String status, String statusLabel, String statusIcon, boolean stepDone,
		int done, int total, int skipped, String summary, String skippedSummary, long actionsDone, int actionsTotal,
		String actionsSummary, boolean offerDone, String nextStepKey, boolean empty, String saved) {
}
