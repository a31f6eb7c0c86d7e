package org.careerpath.progress;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a product owner counts of the checklists: changes saved, steps marked done, files imported. A count is made
 * when its transaction commits, so a change retried after losing a race, or rolled back, counts once or not at all.
 */
@Component
class ProgressMetrics {

	private final Counter changes;

	private final Counter stepsDone;

	private final Counter imports;

	ProgressMetrics(MeterRegistry meters) {
		this.changes = Counter.builder("careerpath.progress.changes")
			.description("Checklist changes saved (status, actions, details)")
			.register(meters);
		this.stepsDone = Counter.builder("careerpath.progress.steps.done")
			.description("Steps marked done")
			.register(meters);
		this.imports = Counter.builder("careerpath.progress.imports")
			.description("Progress files imported")
			.register(meters);
	}

	void changed(boolean stepDone) {
		afterCommit(this.changes);
		if (stepDone) {
			afterCommit(this.stepsDone);
		}
	}

	void imported() {
		afterCommit(this.imports);
	}

	private static void afterCommit(Counter counter) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			counter.increment();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				counter.increment();
			}
		});
	}

}
