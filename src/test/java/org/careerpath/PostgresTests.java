package org.careerpath;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.careerpath.career.guide.GuideLoading;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The production database: the same migrations run on a real PostgreSQL server and Hibernate validates them. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(GuideLoading.Writer.class)
class PostgresTests {

	static final EmbeddedPostgres POSTGRES = start();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	GuideLoading.Writer loading;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	@AfterAll
	static void stop() throws IOException {
		POSTGRES.close();
	}

	@Test
	void migrationsRunOnPostgresAndTheLoaderWritesTheWholeGuide() {
		assertThat(this.jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
		assertThat(count("roadmap_step", "director-of-clinical-services")).isEqualTo(10);
		assertThat(count("skill", "director-of-clinical-services")).isEqualTo(15);
		assertThat(count("salary_band", "director-of-clinical-services")).isEqualTo(4);
		assertThat(count("roadmap_step", "fixture-care-team-lead")).isEqualTo(6);
		assertThat(count("salary_band", "fixture-care-team-lead")).isEqualTo(3);
	}

	/**
	 * Two instances starting at once on one database: both load the same new guide at the same moment, each in its
	 * own transaction on its own connection. The lock row makes one wait for the other, which then finds the guide
	 * written and writes nothing: one career, its steps once.
	 */
	@Test
	void twoLoadersAtOnceEndInOneConsistentCatalogue() throws Exception {
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<String>> outcomes = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				outcomes.add(pool.submit(() -> {
					go.await();
					return this.loading.writeFixtureAs("race-career");
				}));
			}
			go.countDown();
			List<String> results = new ArrayList<>();
			for (Future<String> outcome : outcomes) {
				results.add(outcome.get(60, TimeUnit.SECONDS));
			}
			assertThat(results).containsExactlyInAnyOrder("ADDED", "UNCHANGED");
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc.queryForObject("select count(*) from career where slug = 'race-career'", Integer.class))
			.isEqualTo(1);
		assertThat(count("roadmap_step", "race-career")).isEqualTo(6);
		assertThat(this.jdbc.queryForObject("select count(*) from step_action a join roadmap_step s on s.id = a.step_id"
				+ " join career c on c.id = s.career_id where c.slug = 'race-career'", Integer.class)).isEqualTo(7);
	}

	private int count(String table, String slug) {
		return this.jdbc.queryForObject("select count(*) from " + table + " t join career c on c.id = t.career_id"
				+ " where c.slug = ?", Integer.class, slug);
	}

	@Test
	void pagesAreServedFromPostgres() throws Exception {
		this.mvc.perform(get("/careers/director-of-clinical-services/steps/healthcare-degree"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("National Council Licensure Examination (NCLEX)")));
		this.mvc.perform(get("/careers/director-of-clinical-services/salaries"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("$200,000 – $260,000+")));
	}

	private static EmbeddedPostgres start() {
		try {
			return EmbeddedPostgres.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start embedded PostgreSQL", ex);
		}
	}

}
