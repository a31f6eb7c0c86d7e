package org.careerpath.browser;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Ticking steps in a real browser, with JavaScript on (sent with fetch) and off (form posts). */
@ExtendWith(Chromium.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "careerpath.data-dir=./target/test-db/browser-progress-${random.uuid}")
class ProgressBrowserTests {

	static final String CAREER = "/careers/director-of-clinical-services";

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
	void withJavaScriptTickingUpdatesTheBarWithoutALoadAndANoteSurvivesAReload() {
		this.browser = Chromium.start(true, 1280, 900);
		open(CAREER + "/roadmap");
		((JavascriptExecutor) this.browser).executeScript("window.sameDocument = true;");
		this.browser.findElement(By.id("done-roadmap-healthcare-degree")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(5)).until(ExpectedConditions
			.textToBePresentInElementLocated(By.cssSelector("[data-progress-summary]"), "1 of 10 steps done"));
		assertThat(((JavascriptExecutor) this.browser).executeScript("return window.sameDocument === true;"))
			.as("no page load").isEqualTo(true);
		assertThat(this.browser.findElement(By.cssSelector("progress[data-progress-bar]")).getDomAttribute("value"))
			.isEqualTo("1");
		assertThat(this.browser.findElement(By.cssSelector("[data-step-status='healthcare-degree']")).getText())
			.contains("Done");
		assertThat(this.browser.findElements(By.cssSelector(".tick-form button")).get(0).isDisplayed())
			.as("Save buttons are hidden when script runs").isFalse();

		this.browser.navigate().refresh();
		assertThat(text("[data-progress-summary]")).isEqualTo("1 of 10 steps done");

		open(CAREER + "/steps/networking");
		this.browser.findElement(By.cssSelector("#progress details summary")).click();
		this.browser.findElement(By.id("note-networking")).sendKeys("Joined the regional nurse leaders group");
		this.browser.findElement(By.cssSelector("#progress .details-form button")).click();
		this.browser.navigate().refresh();
		assertThat(this.browser.findElement(By.id("progress")).getText()).contains("Joined the regional nurse leaders group");
	}

	@Test
	void withJavaScriptTickingAllActionsOffersToMarkTheStepDone() {
		this.browser = Chromium.start(true, 1280, 900);
		open(CAREER + "/steps/networking");
		WebElement offer = this.browser.findElement(By.cssSelector("[data-offer-done='networking']"));
		assertThat(offer.isDisplayed()).isFalse();
		var boxes = this.browser.findElements(By.cssSelector(".actions-form input[type=checkbox]"));
		for (WebElement box : boxes) {
			box.click();
			new WebDriverWait(this.browser, Duration.ofSeconds(5))
				.until(driver -> driver.findElements(By.cssSelector(".actions-form[aria-busy]")).isEmpty());
		}
		new WebDriverWait(this.browser, Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOf(offer));
		assertThat(text("[data-step-status='networking']")).contains("Not started");
		assertThat(text("[data-actions-summary='networking']")).isEqualTo(boxes.size() + " of " + boxes.size() + " actions done");
	}

	@Test
	void withoutJavaScriptTickingIsAFormPost() {
		this.browser = Chromium.start(false, 1280, 900);
		open(CAREER + "/roadmap");
		this.browser.findElement(By.id("done-roadmap-practical-experience")).click();
		this.browser.findElement(By.cssSelector("#step-practical-experience .tick-form button")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(5))
			.until(driver -> driver.getCurrentUrl().endsWith("#step-practical-experience"));
		assertThat(text("[data-progress-summary]")).isEqualTo("1 of 10 steps done");
		assertThat(this.browser.findElement(By.id("done-roadmap-practical-experience")).isSelected()).isTrue();
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	private String text(String css) {
		return this.browser.findElement(By.cssSelector(css)).getText();
	}

}
