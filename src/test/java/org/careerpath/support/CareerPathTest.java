package org.careerpath.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.careerpath.career.guide.GuideLoading;
import org.careerpathtest.FailingController;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The whole application on a fresh H2 file database, served on a random port, with a clock tests can move and
 * Hibernate's statement counts, and a way to write a guide of a test's own. Every test class with exactly this annotation shares one application context (one
 * start, one Flyway run), so each test makes its own people and never counts what others made.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "careerpath.data-dir=./target/test-db/app-${random.uuid}",
				"spring.jpa.properties.hibernate.generate_statistics=true",
				"logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=warn",
				"careerpath.operator.password=" + CareerPathTest.OPERATOR_PASSWORD,
				// Every test here comes from one address: limits that its journeys never meet (HostileInputTests
				// has its own, small ones)
				"careerpath.limits.sign-in.requests=100000", "careerpath.limits.registration.requests=100000",
				"careerpath.limits.imports.requests=100000", "careerpath.limits.new-guests.requests=100000" })
@AutoConfigureMockMvc
@Import({ CareerPathTest.Clock.class, FailingController.class, GuideLoading.Writer.class })
public @interface CareerPathTest {

	/** The operator's password for the actuator's protected endpoints (HTTP Basic, user "operator"). */
	String OPERATOR_PASSWORD = "operator-secret-for-tests";

	@TestConfiguration(proxyBeanMethods = false)
	class Clock {

		@Bean
		@Primary
		TestClock testClock() {
			return TestClock.startingNow();
		}

	}

}
