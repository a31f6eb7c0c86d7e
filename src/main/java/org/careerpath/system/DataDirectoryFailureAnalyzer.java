package org.careerpath.system;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Set;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * When the embedded database cannot open or write its files (a directory that cannot be created or written, a full
 * disk), start-up ends with one clear message naming the data directory instead of a stack trace.
 */
class DataDirectoryFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

	/**
	 * H2's codes for "could not create, open or write a file", "read-only", "out of disk space", and "a relative path
	 * must start with ./".
	 */
	private static final Set<Integer> FILE_ERRORS = Set.of(90011, 90028, 90031, 90062, 90097, 90100, 90101);

	private final Environment environment;

	DataDirectoryFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
		String url = this.environment.getProperty("spring.datasource.url", "");
		if (!url.startsWith("jdbc:h2:file:") || !FILE_ERRORS.contains(cause.getErrorCode())) {
			return null;
		}
		Path directory = Path.of(this.environment.getProperty("careerpath.data-dir", "./data")).toAbsolutePath().normalize();
		String reason = String.valueOf(cause.getMessage()).lines().findFirst().orElse("");
		return new FailureAnalysis(
				"CareerPath cannot keep its data in the directory " + directory + ": " + reason,
				"Make sure the directory can be created and written by this user and that its disk has free space, "
						+ "or choose another directory with CAREERPATH_DATA_DIR (or --careerpath.data-dir=...).",
				cause);
	}

}
