package org.careerpath.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Which database the persistence tests run on. By default the one their annotation names (an H2 file for
 * {@link CareerPathTest}, H2 in memory for {@link JpaSliceTest}); with {@code -Dcareerpath.test.database=postgres}
 * (the build's second test run) a real PostgreSQL instead: one embedded server for the whole run, a new database for
 * every application context, so the same tests prove both.
 */
public final class TestDatabase implements ContextCustomizerFactory {

	static final String PROPERTY = "careerpath.test.database";

	private static final AtomicInteger databases = new AtomicInteger();

	public static boolean isPostgres() {
		return "postgres".equals(System.getProperty(PROPERTY));
	}

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		boolean persistenceTest = TestContextAnnotationUtils.hasAnnotation(testClass, CareerPathTest.class)
				|| TestContextAnnotationUtils.hasAnnotation(testClass, JpaSliceTest.class);
		return (isPostgres() && persistenceTest) ? new OnPostgres() : null;
	}

	/** The JDBC address of a new, empty database on the shared embedded PostgreSQL server. */
	public static String newPostgresDatabase() {
		String name = "careerpath_" + databases.incrementAndGet();
		try (Connection connection = SharedPostgres.SERVER.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the test database " + name, ex);
		}
		return SharedPostgres.SERVER.getJdbcUrl("postgres", name);
	}

	private static final class OnPostgres implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("careerpath-test-database",
						Map.of("spring.datasource.url", newPostgresDatabase(), "spring.datasource.username",
								"postgres", "spring.datasource.password", "")));
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof OnPostgres;
		}

		@Override
		public int hashCode() {
			return OnPostgres.class.hashCode();
		}

	}

	/** Started on first use, stopped when the test JVM ends. */
	private static final class SharedPostgres {

		static final EmbeddedPostgres SERVER = start();

		private static EmbeddedPostgres start() {
			try {
				EmbeddedPostgres server = EmbeddedPostgres.builder().start();
				Runtime.getRuntime().addShutdownHook(new Thread(() -> {
					try {
						server.close();
					}
					catch (Exception ex) {
						// the JVM is ending anyway
					}
				}));
				return server;
			}
			catch (Exception ex) {
				throw new IllegalStateException("Could not start the embedded PostgreSQL", ex);
			}
		}

	}

}
