package org.careerpath;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
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
class PostgresTests {

	static final EmbeddedPostgres POSTGRES = start();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

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
	void migrationsRunOnPostgresAndLoadTheWholeGuide() {
		assertThat(this.jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
		assertThat(this.jdbc.queryForObject("select count(*) from roadmap_step", Integer.class)).isEqualTo(10);
		assertThat(this.jdbc.queryForObject("select count(*) from skill", Integer.class)).isEqualTo(15);
		assertThat(this.jdbc.queryForObject("select count(*) from salary_band where open_ended", Integer.class))
			.isEqualTo(1);
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
