package org.careerpath.system;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Site-wide web settings. */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

	/** Tells {@link PageCacheFilter} that the page being rendered is one it may keep ({@link SharedPage}). */
	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(SharedPage.class)) {
					request.setAttribute(PageCacheFilter.SHAREABLE, Boolean.TRUE);
				}
				return true;
			}
		});
	}

	/** Errors of the JSON API that reach the error dispatch answer as problem documents, first of all. */
	@Bean
	FilterRegistrationBean<ApiErrorDispatchFilter> apiErrorDispatch() {
		FilterRegistrationBean<ApiErrorDispatchFilter> registration = new FilterRegistrationBean<>(
				new ApiErrorDispatchFilter());
		registration.setDispatcherTypes(DispatcherType.ERROR);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/**
	 * Flash messages in a cookie rather than the session ({@link CookieFlashMapManager}). Spring MVC looks the manager
	 * up by its bean name, which Boot's own configuration already defines, so it is replaced where it is made.
	 */
	@Bean
	static BeanPostProcessor cookieFlashMaps() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof FlashMapManager && DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME.equals(beanName))
						? new CookieFlashMapManager() : bean;
			}
		};
	}

}
