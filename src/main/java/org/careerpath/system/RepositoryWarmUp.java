package org.careerpath.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;

/**
 * Spring Data builds its repositories lazily ({@code spring.data.jpa.repositories.bootstrap-mode=lazy}): about a
 * second and a half of parsing queries is out of the start path. This builds them all on another thread as soon as
 * the application is ready, so the first person to arrive rarely waits for it; one who does simply waits for the
 * repository they need.
 */
@Component
class RepositoryWarmUp {

	private static final Logger log = LoggerFactory.getLogger(RepositoryWarmUp.class);

	private final ObjectProvider<Repository<?, ?>> repositories;

	private final TaskExecutor executor;

	RepositoryWarmUp(ObjectProvider<Repository<?, ?>> repositories,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor) {
		this.repositories = repositories;
		this.executor = executor;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		this.executor.execute(() -> {
			long start = System.nanoTime();
			long count = this.repositories.stream().count();
			log.info("{} repositories ready in {} ms", count, (System.nanoTime() - start) / 1_000_000);
		});
	}

}
