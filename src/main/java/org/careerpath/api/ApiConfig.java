package org.careerpath.api;

import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.careerpath.progress.Person;
import org.careerpath.system.Problems;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import tools.jackson.core.StreamReadFeature;

/** The API's OpenAPI document and its ETags. */
@Configuration(proxyBeanMethods = false)
class ApiConfig {

	/** The OpenAPI security scheme for changes: the CSRF token in its header. */
	static final String CSRF_SCHEME = "csrfToken";

	private static final String PROBLEM = "Problem";

	static {
		// The person a request belongs to comes from its cookies, never from a parameter the caller chooses
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Person.class, CsrfToken.class);
	}

	@Bean
	OpenAPI careerPathApi() {
		return new OpenAPI()
			.info(new Info().title("CareerPath API")
				.version("v1")
				.description("Career guides as data: careers, whole guides, search and salary comparisons for anyone; "
						+ "a person's own progress for whoever the request belongs to. Errors are RFC 9457 problem "
						+ "documents (application/problem+json) with a stable type such as "
						+ "urn:careerpath:problem:not-found; the Problem schema lists them all."))
			.servers(List.of(new Server().url("/").description("This CareerPath site")))
			.components(new Components().addSecuritySchemes(CSRF_SCHEME,
					new SecurityScheme().type(SecurityScheme.Type.APIKEY)
						.in(SecurityScheme.In.HEADER)
						.name("X-XSRF-TOKEN")
						.description("The token of GET /api/v1/csrf, sent with the cookies that answer set.")));
	}

	/**
	 * A body that names a field twice is refused rather than read as its last value. Application-wide, like the
	 * strictness set in application.properties (only the API binds request bodies).
	 */
	@Bean
	JsonMapperBuilderCustomizer strictBodies() {
		return builder -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
	}

	/** Every operation may answer a problem document; its schema, once. */
	@Bean
	OpenApiCustomizer problemResponses() {
		return api -> {
			api.getComponents().addSchemas(PROBLEM, new ObjectSchema()
				.description("An error (RFC 9457); its type names the kind of error and never changes")
				.addProperty("type", new StringSchema()
					._enum(Arrays.stream(Problems.Kind.values()).map(Problems.Kind::type).toList()))
				.addProperty("title", new StringSchema())
				.addProperty("status", new IntegerSchema())
				.addProperty("detail", new StringSchema().description("what went wrong and what to do"))
				.addProperty("instance", new StringSchema().description("the address asked for"))
				.addProperty("field", new StringSchema().description("the parameter or body field at fault, if one is"))
				.addProperty("errors", new ArraySchema().items(new ObjectSchema()
					.addProperty("field", new StringSchema())
					.addProperty("message", new StringSchema()))));
			ApiResponse problem = new ApiResponse().description("A problem document")
				.content(new Content().addMediaType("application/problem+json",
						new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
			api.getPaths()
				.values()
				.forEach(path -> path.readOperations()
					.forEach(operation -> operation.getResponses().addApiResponse("default", problem)));
		};
	}

	/** Before the ETags and everything else of the API: see {@link ApiRequestGuard}. */
	@Bean
	FilterRegistrationBean<ApiRequestGuard> apiRequestGuard() {
		FilterRegistrationBean<ApiRequestGuard> registration = new FilterRegistrationBean<>(new ApiRequestGuard());
		registration.addUrlPatterns(ApiAddresses.BASE + "/*");
		registration.setOrder(0);
		return registration;
	}

	/**
	 * A weak ETag on every API answer that may be cached (not on the personal ones, which are no-store), and 304 when
	 * the client already has it.
	 */
	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
		ShallowEtagHeaderFilter etags = new ShallowEtagHeaderFilter();
		etags.setWriteWeakETag(true);
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(etags);
		registration.addUrlPatterns(ApiAddresses.BASE + "/*");
		registration.setOrder(1);
		return registration;
	}

}
