package org.careerpath.progress;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.resilience.annotation.Retryable;

/**
 * A change that lost a race with another (the unique row per step, a row's version) runs again on the other's result,
 * after a short random pause. The retry wraps the transaction, so each attempt has a new one.
 */
@Documented
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Retryable(includes = { DataIntegrityViolationException.class, OptimisticLockingFailureException.class },
		maxRetries = 8, delay = 10, jitter = 5, multiplier = 2, maxDelay = 200)
@interface RetryOnConflict {

}
