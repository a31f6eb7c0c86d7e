package org.careerpath.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.careerpath.api.ApiClient.Answer;
import org.careerpath.support.CareerPathTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;

import static org.assertj.core.api.Assertions.assertThat;

/** The API's OpenAPI document is committed, so that every change to the API is a deliberate one. */
@CareerPathTest
class OpenApiDocumentTests {

	static final Path COMMITTED = Path.of("docs/openapi.json");

	static final Path LIVE = Path.of("target/openapi.json");

	@LocalServerPort
	int port;

	@Test
	void theLiveDocumentIsTheCommittedOne() throws IOException {
		Answer live = new ApiClient(this.port).get("/v3/api-docs");
		assertThat(live.status()).isEqualTo(200);
		JsonNode document = live.json();
		Files.writeString(LIVE, ApiClient.JSON.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(document)
				+ "\n");

		assertThat(document.get("openapi").asString()).startsWith("3.1");
		assertThat(Files.exists(COMMITTED)).as("docs/openapi.json is missing: copy " + LIVE + " there").isTrue();
		boolean same = document.equals(ApiClient.JSON.readTree(Files.readString(COMMITTED)));
		assertThat(same).as("The API changed (diff %s %s): if that was meant, copy the first over the second", LIVE,
				COMMITTED).isTrue();
	}

	@Test
	void theDocumentDescribesEveryOperationWithItsProblemsAndTheTokenChangesNeed() {
		JsonNode paths = new ApiClient(this.port).get("/v3/api-docs").json().get("paths");
		List<String> addresses = new ArrayList<>(paths.propertyNames());

		assertThat(addresses).containsExactlyInAnyOrder("/api/v1/careers", "/api/v1/careers/{slug}",
				"/api/v1/careers/{slug}/salaries/comparison", "/api/v1/search", "/api/v1/csrf",
				"/api/v1/careers/{slug}/progress", "/api/v1/careers/{slug}/progress/steps/{stepKey}");
		JsonNode put = paths.get("/api/v1/careers/{slug}/progress/steps/{stepKey}").get("put");
		assertThat(put.get("security").get(0).has("csrfToken")).isTrue();
		assertThat(put.get("responses").get("default").get("content").has("application/problem+json")).isTrue();
		assertThat(paths.get("/api/v1/careers/{slug}/progress/steps/{stepKey}").get("get").get("parameters")
			.findValuesAsString("name")).containsExactlyInAnyOrder("slug", "stepKey");
	}

	@Test
	void theBrowsableDocumentationIsServedUnderTheSitesContentSecurityPolicy() {
		ApiClient api = new ApiClient(this.port);
		Answer ui = api.get("/swagger-ui/index.html");

		assertThat(ui.status()).isEqualTo(200);
		assertThat(ui.header("Content-Security-Policy")).contains("script-src 'self'").doesNotContain("unsafe-inline");
		assertThat(ui.body()).doesNotContainPattern("<script>|<script(?![^>]*\\bsrc=)[^>]*>")
			.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
		assertThat(api.get("/v3/api-docs/swagger-config").json().get("url").asString()).isEqualTo("/v3/api-docs");
	}

}
