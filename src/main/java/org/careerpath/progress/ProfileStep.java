package org.careerpath.progress;

/** A profile and one of its step rows (null when it has none for the roadmap asked), as one query returns them. */
record ProfileStep(ProgressProfile profile, StepProgress step) {
}
