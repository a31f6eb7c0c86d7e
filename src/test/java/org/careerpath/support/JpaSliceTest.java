package org.careerpath.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.careerpath.career.guide.GuideLoading;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * A {@code @DataJpaTest} on an in-memory H2 database in the same PostgreSQL mode the application uses, migrated by
 * the application's Flyway scripts and filled by the guide loader (the real guides and the test fixture).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(GuideLoading.class)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:jpa-slice;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
public @interface JpaSliceTest {

}
