package org.careerpath.system;

import jakarta.servlet.http.HttpServletResponse;
import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The database cannot be reached: a friendly 503 page that asks to try again in a moment (nothing is lost), one
 * warning in the log, and no restart needed: the connection pool reconnects when the database is back.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DatabaseUnavailableAdvice {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableAdvice.class);

	// The exceptions of DatabaseOutage.is, which the JSON API uses
	@ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
			JDBCConnectionException.class })
	String databaseUnavailable(Exception ex, HttpServletResponse response, Model model) {
		log.warn("The database is unavailable: {}", ex.getMessage());
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
		model.addAttribute("status", HttpStatus.SERVICE_UNAVAILABLE.value());
		return "error";
	}

}
