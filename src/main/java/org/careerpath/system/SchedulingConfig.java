package org.careerpath.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the application's scheduled jobs, such as purging unused guest progress. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfig {

}
