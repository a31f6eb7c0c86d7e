package org.careerpath.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.resilience.annotation.EnableResilientMethods;

/** Turns on Spring's {@code @Retryable}: a change that loses a race with another is retried, declared where it is. */
@Configuration(proxyBeanMethods = false)
@EnableResilientMethods
class ResilienceConfig {

}
