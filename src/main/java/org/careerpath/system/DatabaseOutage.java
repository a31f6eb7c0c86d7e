package org.careerpath.system;

import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The failures that mean the database cannot be reached (not a bug): the pages answer them with their 503 page
 * ({@link DatabaseUnavailableAdvice}, which lists the same exceptions), the JSON API with a problem document.
 */
public final class DatabaseOutage {

	/** Seconds a client is asked to wait before trying again: the pool reconnects when the database is back. */
	public static final int RETRY_AFTER_SECONDS = 30;

	private DatabaseOutage() {
	}

	public static boolean is(Throwable ex) {
		return ex instanceof CannotCreateTransactionException || ex instanceof DataAccessResourceFailureException
				|| ex instanceof JDBCConnectionException;
	}

}
