package org.careerpath.api;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.careerpath.progress.StepStatus;

/**
 * A step's new state: its status and exactly which of its actions are ticked (the others are unticked). The note, date
 * and evidence link are kept as they are. Ticking actions of a step not started makes it in progress, as on the site.
 */
record StepChange(@NotNull StepStatus status, @NotNull @Size(max = 100) List<@NotNull String> actionsDone) {
}
