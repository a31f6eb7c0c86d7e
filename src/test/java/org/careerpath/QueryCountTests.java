package org.careerpath;

import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.careerpath.support.Browser;
import org.careerpath.support.CareerPathTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.boot.test.web.server.LocalServerPort;
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

	static final String CAREER = "/careers/director-of-clinical-services";

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	CacheManager contentCaches;

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0} runs {1} statements")
	@CsvSource({ "/, 1", "/careers/director-of-clinical-services, 5",
			"/careers/director-of-clinical-services/roadmap, 2",
			"/careers/director-of-clinical-services/steps/leadership-skills, 3",
			"/careers/director-of-clinical-services/skills, 3", "/careers/director-of-clinical-services/ladder, 2",
			"/careers/director-of-clinical-services/salaries, 2",
			"/careers/director-of-clinical-services/responsibilities, 2",
			"/careers/director-of-clinical-services/faq, 2", "/careers/director-of-clinical-services/progress, 2",
			"/api/v1/careers, 1", "/api/v1/careers/director-of-clinical-services, 8",
			"'/api/v1/careers/director-of-clinical-services/salaries/comparison?compare=senior&with=executive', 2" })
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
			"/careers/director-of-clinical-services/faq", "/careers/director-of-clinical-services/progress",
			"/api/v1/careers/director-of-clinical-services" })
	void aWarmContentPageRunsNoStatements(String path) throws Exception {
		statementsFor(path);
		assertThat(statementsFor(path)).isZero();
	}

	/**
	 * A guest's tick (the script's POST, answered with JSON) and their pages: the profile with its step rows, the
	 * action rows, and the tick's write. The same with two steps ticked or with every step and many actions.
	 */
	@ParameterizedTest(name = "{0} with {2} steps ticked runs {1} statements")
	@CsvSource({ "a tick, 3, 2", "the person's checklist, 3, 2", "the roadmap for a person with progress, 3, 2",
			"a tick, 3, 9", "the person's checklist, 3, 9", "the roadmap for a person with progress, 3, 9" })
	void aPersonsChangesAndPagesRunAFixedNumberOfStatements(String what, long expected, int ticked) {
		Browser guest = new Browser(this.port);
		guest.get(CAREER + "/progress");
		List<String> others = List.of("networking", "leadership-skills", "educational-background",
				"practical-experience", "further-education", "certifications-and-licenses",
				"healthcare-management-experience", "latest-developments", "apply-for-positions");
		for (String step : others.subList(0, ticked)) {
			guest.postForJson(CAREER + "/progress/steps/" + step + "/done", "done", "true");
		}
		guest.post(CAREER + "/progress/steps/leadership-skills", "status", "IN_PROGRESS", "done", "take-leadership-roles",
				"done", "lead-team-or-project", "returnTo", "progress");
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		Browser.Page page = switch (what) {
			case "a tick" -> guest.postForJson(CAREER + "/progress/steps/healthcare-degree/done", "done", "true");
			case "the person's checklist" -> guest.get(CAREER + "/progress");
			default -> guest.get(CAREER + "/roadmap");
		};
		assertThat(page.status()).isEqualTo(200);
		assertThat(statistics.getPrepareStatementCount()).isEqualTo(expected);
	}

	private long statementsFor(String path) throws Exception {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		this.mvc.perform(get(path)).andExpect(status().isOk());
		return statistics.getPrepareStatementCount();
	}

}
