package org.careerpath;

import org.careerpath.support.CareerPathTest;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each reading page costs a small fixed number of SQL statements, whatever the number of steps, skills or rungs (no
 * N+1). Counted by Hibernate's statistics around one request.
 */
@CareerPathTest
class QueryCountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	CacheManager contentCaches;

	@ParameterizedTest(name = "{0} runs {1} statements")
	@CsvSource({ "/, 1", "/careers/director-of-clinical-services, 5",
			"/careers/director-of-clinical-services/roadmap, 2",
			"/careers/director-of-clinical-services/steps/leadership-skills, 3",
			"/careers/director-of-clinical-services/skills, 3", "/careers/director-of-clinical-services/ladder, 2",
			"/careers/director-of-clinical-services/salaries, 2",
			"/careers/director-of-clinical-services/responsibilities, 2",
			"/careers/director-of-clinical-services/faq, 2", "/careers/director-of-clinical-services/progress, 2" })
	void pageRunsAFixedNumberOfStatements(String path, long expected) throws Exception {
		this.contentCaches.getCacheNames().forEach(name -> this.contentCaches.getCache(name).clear());
		assertThat(statementsFor(path)).isEqualTo(expected);
	}

	/**
	 * The guides change only when they are loaded, so a page a reader has seen once is assembled from memory: no
	 * statement at all for the next reader.
	 */
	@ParameterizedTest(name = "{0} warm")
	@ValueSource(strings = { "/", "/careers/director-of-clinical-services", "/careers/director-of-clinical-services/roadmap",
			"/careers/director-of-clinical-services/steps/leadership-skills", "/careers/director-of-clinical-services/skills",
			"/careers/director-of-clinical-services/ladder", "/careers/director-of-clinical-services/responsibilities",
			"/careers/director-of-clinical-services/faq", "/careers/director-of-clinical-services/progress" })
	void aWarmContentPageRunsNoStatements(String path) throws Exception {
		statementsFor(path);
		assertThat(statementsFor(path)).isZero();
	}

	private long statementsFor(String path) throws Exception {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		this.mvc.perform(get(path)).andExpect(status().isOk());
		return statistics.getPrepareStatementCount();
	}

}
