package org.careerpath.system;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMapManager;

/** Site-wide web settings. */
@Configuration(proxyBeanMethods = false)
class WebConfig {

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
