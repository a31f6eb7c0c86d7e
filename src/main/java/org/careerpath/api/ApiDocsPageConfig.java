package org.careerpath.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springdoc.core.properties.SwaggerUiOAuthProperties;
import org.springdoc.core.providers.ObjectMapperProvider;
import org.springdoc.webmvc.ui.SwaggerIndexPageTransformer;
import org.springdoc.webmvc.ui.SwaggerIndexTransformer;
import org.springdoc.webmvc.ui.SwaggerWelcomeCommon;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.ResourceTransformerChain;
import org.springframework.web.servlet.resource.TransformedResource;

/**
 * The browsable API documentation on a phone: Swagger UI's page declares no viewport, so a phone laid it out 980 px
 * wide and shrank it to unreadable text. springdoc's own transformer, with the viewport the site's pages declare.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsPageConfig {

	static final String VIEWPORT = "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">";

	@Bean
	SwaggerIndexTransformer swaggerIndexTransformer(SwaggerUiConfigProperties config, SwaggerUiOAuthProperties oauth,
			SwaggerWelcomeCommon welcome, ObjectMapperProvider mappers) {
		return new SwaggerIndexPageTransformer(config, oauth, welcome, mappers) {
			@Override
			public Resource transform(HttpServletRequest request, Resource resource, ResourceTransformerChain chain)
					throws IOException {
				Resource transformed = super.transform(request, resource, chain);
				if (!"index.html".equals(resource.getFilename())) {
					return transformed;
				}
				String html = new String(transformed.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
				return new TransformedResource(resource,
						html.replaceFirst("<head>", "<head>\n    " + VIEWPORT).getBytes(StandardCharsets.UTF_8));
			}
		};
	}

}
