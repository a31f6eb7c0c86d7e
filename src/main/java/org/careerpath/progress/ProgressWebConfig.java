package org.careerpath.progress;

import java.util.List;

import org.careerpath.system.RateLimits;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives controllers the current {@link Person}, keeps guests who only read from being purged, and limits how many
 * guest checklists one address may start.
 */
@Configuration(proxyBeanMethods = false)
class ProgressWebConfig implements WebMvcConfigurer {

	private final ObjectProvider<ProgressProfiles> profiles;

	private final ObjectProvider<RateLimits> limits;

	/** Providers: a web slice test without the database has no profiles, and nothing to record or limit. */
	ProgressWebConfig(ObjectProvider<ProgressProfiles> profiles, ObjectProvider<RateLimits> limits) {
		this.profiles = profiles;
		this.limits = limits;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new PersonResolver());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new GuestActivity(this.profiles)).addPathPatterns("/careers/**", "/api/v1/careers/**");
		registry.addInterceptor(new NewGuestLimit(this.limits))
			.addPathPatterns("/careers/*/progress/**", "/careers/*/ladder/position", "/api/v1/careers/*/progress/**");
	}

}
