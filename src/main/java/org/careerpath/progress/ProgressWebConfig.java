package org.careerpath.progress;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Gives controllers the current {@link Person}, and keeps guests who only read from being purged. */
@Configuration(proxyBeanMethods = false)
class ProgressWebConfig implements WebMvcConfigurer {

	private final ObjectProvider<ProgressProfiles> profiles;

	/** A provider: a web slice test without the database has no profiles, and nothing to record. */
	ProgressWebConfig(ObjectProvider<ProgressProfiles> profiles) {
		this.profiles = profiles;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new PersonResolver());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new GuestActivity(this.profiles)).addPathPatterns("/careers/**");
	}

}
