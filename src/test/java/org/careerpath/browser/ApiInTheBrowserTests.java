package org.careerpath.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.careerpath.support.CareerPathTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON API as integrators meet it in a browser: the browsable documentation under the site's own Content Security
 * Policy, and another site's page reading the guides (CORS) but never a person's progress.
 */
@ExtendWith(Chromium.class)
@CareerPathTest
class ApiInTheBrowserTests {

	/** Records every Content Security Policy violation of a page, from before its first script runs. */
	static final String RECORD_VIOLATIONS = """
			window.cspViolations = [];
			document.addEventListener('securitypolicyviolation',
			    e => window.cspViolations.push(e.effectiveDirective + ' ' + e.blockedURI));""";

	@LocalServerPort
	int port;

	ChromeDriver browser;

	@AfterEach
	void close() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void theDocumentationRunsUnderTheSitesPolicyAndTriesAGuideOut() {
		this.browser = Chromium.start(true, 1280, 800);
		this.browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_VIOLATIONS));
		this.browser.get(url("/swagger-ui.html"));
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(20));
		wait.until(driver -> driver.findElements(By.cssSelector(".opblock")).size() == 9);
		assertThat(this.browser.findElement(By.cssSelector(".info .title")).getText()).startsWith("CareerPath API");

		this.browser.findElement(By.cssSelector("#operations-Guides-showGuide .opblock-summary-control")).click();
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".try-out__btn"))).click();
		this.browser.findElement(By.cssSelector("#operations-Guides-showGuide input[placeholder='slug']"))
			.sendKeys("director-of-clinical-services");
		this.browser.findElement(By.cssSelector("#operations-Guides-showGuide .execute")).click();
		By status = By.cssSelector(".live-responses-table tr.response .response-col_status");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(status, "200"));

		assertThat(this.browser.findElement(status).getText()).isEqualTo("200");
		assertThat(this.browser.findElement(By.cssSelector(".live-responses-table tr.response .response-col_description")).getText())
			.contains("\"slug\": \"director-of-clinical-services\"");
		@SuppressWarnings("unchecked")
		List<String> violations = (List<String>) this.browser.executeScript("return window.cspViolations;");
		// The one thing blocked is a <style> element inside Swagger's own logo (its two fill colours); no script,
		// connection or other resource ever is.
		assertThat(violations).hasSizeLessThanOrEqualTo(1).allMatch(violation -> violation.startsWith("style-src"));

		// On a phone it is laid out at the phone's width, not shrunk from a desktop's
		Chromium.viewport(this.browser, 390, 844);
		this.browser.navigate().refresh();
		wait.until(driver -> driver.findElements(By.cssSelector(".opblock")).size() == 9);
		assertThat(((Number) this.browser.executeScript("return document.documentElement.scrollWidth;")).intValue())
			.isLessThanOrEqualTo(390);
	}

	/**
	 * A page of another site reads the guides, but not the person's progress. The other site is this one under
	 * another name (127.0.0.1 for localhost: another origin to the browser), its own policy's connect-src lifted as
	 * another site's would not have it.
	 */
	@Test
	void anotherSitesPageMayReadTheGuidesButNotAPersonsProgress() {
		this.browser = Chromium.start(true, 1280, 800);
		this.browser.executeCdpCommand("Page.enable", Map.of());
		this.browser.executeCdpCommand("Page.setBypassCSP", Map.of("enabled", true));
		this.browser.get("http://127.0.0.1:" + this.port + "/signin");
		String guide = fetch("/api/v1/careers/director-of-clinical-services", "{headers: {'If-None-Match': 'x'}}");
		String progress = fetch("/api/v1/careers/director-of-clinical-services/progress", "{credentials: 'include'}");

		assertThat(guide).startsWith("200 ").contains("\"slug\":\"director-of-clinical-services\"");
		assertThat(progress).startsWith("refused");
	}

	/** The fetch's status and body, or "refused" when the browser would not give the answer to the page. */
	private String fetch(String path, String options) {
		return (String) this.browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0], %s)
				    .then(r => r.text().then(t => done(r.status + ' ' + t)))
				    .catch(e => done('refused ' + e));""".formatted(options), url(path));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
