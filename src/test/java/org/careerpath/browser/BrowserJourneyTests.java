package org.careerpath.browser;

import org.careerpath.support.CareerPathTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journeys people make, in a real headless Chromium. Every page a journey visits is checked on the way: valid
 * HTML and no axe-core WCAG 2.1 A/AA violation in light and dark schemes (see {@link PageChecks}).
 */
@ExtendWith(Chromium.class)
@CareerPathTest
class BrowserJourneyTests {

	static final String CAREER = "/careers/director-of-clinical-services";

	/** The test fixture: a second guide in euros, without FAQ, responsibilities or credentials. */
	static final String SECOND = "/careers/fixture-care-team-lead";

	/** Every page a reader can reach, for the phone-width and screenshot passes. */
	static final List<String> PAGES = List.of("/", CAREER, CAREER + "/roadmap", CAREER + "/steps/healthcare-degree",
			CAREER + "/progress", CAREER + "/skills", CAREER + "/ladder", CAREER + "/salaries",
			CAREER + "/salaries?compare=entry-level&with=executive&years=4", CAREER + "/responsibilities", CAREER + "/faq",
			CAREER + "/progress/reset", CAREER + "/progress/steps/networking/details", "/register", "/signin",
			"/careers/no-such-career", SECOND, SECOND + "/salaries?compare=junior&with=head&years=1",
			CAREER + "/skills/assessment", CAREER + "/advisor", "/search?q=CHE+certification");


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
	void newcomerFollowsTheRoadmapAndEveryLinkOnTheWayWorks() throws Exception {
		this.browser = Chromium.start(true, 1280, 900);
		visit("/");
		click(By.linkText("Director of Clinical Services"));
		assertThat(heading()).isEqualTo("Director of Clinical Services");
		click(By.cssSelector(".career-nav a[href$='/roadmap']"));
		assertThat(heading()).isEqualTo("Roadmap to Director of Clinical Services");
		assertThat(this.browser.findElements(By.cssSelector("ol.timeline > li"))).hasSize(10);
		click(By.linkText("Gain Practical Experience in Clinical Services"));
		assertThat(text(".eyebrow")).isEqualTo("Step 3 of 10");
		click(By.cssSelector("a[rel=next]"));
		assertThat(text(".eyebrow")).isEqualTo("Step 4 of 10");
		click(By.linkText("Back to the roadmap"));
		assertThat(this.browser.getCurrentUrl()).endsWith("/roadmap#step-further-education");

		// Printed, the roadmap gives every step's full text and none of the page's controls.
		WebElement fullText = this.browser.findElement(By.cssSelector("#step-networking .print-only"));
		assertThat(fullText.isDisplayed()).isFalse();
		this.browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
		assertThat(fullText.isDisplayed()).isTrue();
		assertThat(fullText.getText()).contains("Networking is a fundamental step");
		assertThat(this.browser.findElement(By.cssSelector(".site-header")).isDisplayed()).isFalse();
		assertThat(this.browser.findElement(By.cssSelector("#step-networking .timeline__progress")).isDisplayed()).isFalse();
		this.browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
		assertThat(this.linksChecked).isNotEmpty().allSatisfy(link -> assertThat(link).as("link").endsWith(" 200"));
	}

	@Test
	void aSecondGuideWithOtherMoneyAndFewerSectionsPassesTheSameChecks() {
		this.browser = Chromium.start(true, 390, 844);
		visit("/");
		click(By.linkText("Care Team Lead (test fixture)"));
		assertThat(this.browser.findElements(By.cssSelector(".career-nav--tabs a")))
			.extracting(link -> link.getDomProperty("textContent").strip())
			.containsExactly("Overview", "Roadmap", "Your progress", "Skills", "Career ladder", "Salaries");
		for (String page : List.of("/roadmap", "/steps/find-a-mentor", "/progress", "/skills", "/ladder",
				"/salaries?compare=junior&with=head&years=1")) {
			visit(SECOND + page);
		}
		assertThat(this.browser.findElement(By.id("chart-desc")).getDomProperty("textContent")).contains("€0")
			.contains("€80K");
		visit(SECOND + "/faq");
		assertThat(heading()).isEqualTo("We couldn’t find that page");
		assertThat(this.linksChecked).isNotEmpty().allSatisfy(link -> assertThat(link).as("link").endsWith(" 200"));
	}

	@Test
	void byKeyboardAloneAGuestRatesTheirSkillsAndFillsTheAdvisor() {
		this.browser = Chromium.start(true, 1280, 900);
		visit(CAREER + "/skills/assessment");
		int tabs = tabTo("input[name='rating.leadership']");
		for (int skill = 0; skill < 15; skill++) {
			// Space picks the first rating, two arrows move it to 3; Tab goes on to the next skill (or the button).
			new Actions(this.browser).sendKeys(Keys.SPACE, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.TAB).perform();
			tabs++;
		}
		assertThat(this.browser.switchTo().activeElement().getText()).isEqualTo("Save my ratings");
		new Actions(this.browser).sendKeys(Keys.ENTER).perform();
		checkHere();
		assertThat(text(".flash")).isEqualTo("Saved your ratings.");
		assertThat(this.browser.findElements(By.cssSelector("input[type=radio][value='3']:checked"))).hasSize(15);
		assertThat(tabs).as("Tab presses from the top of the page to the save button").isLessThan(40);

		visit(CAREER + "/advisor");
		tabTo("#educationLevel");
		new Actions(this.browser).sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_DOWN).perform();
		tabTo("#educationField");
		new Actions(this.browser).sendKeys(Keys.ARROW_DOWN).perform();
		tabTo("input[name=credentials][value='registered-nurse-licence']");
		new Actions(this.browser).sendKeys(Keys.SPACE).perform();
		tabTo("#clinicalYears");
		new Actions(this.browser).sendKeys("6").perform();
		tabTo("#managementYears");
		new Actions(this.browser).sendKeys("1").perform();
		tabTo("#currentRole");
		for (int i = 0; i < 6; i++) {
			new Actions(this.browser).sendKeys(Keys.ARROW_DOWN).perform();
		}
		tabTo("form.form button[type=submit]");
		new Actions(this.browser).sendKeys(Keys.ENTER).perform();
		checkHere();
		assertThat(text(".flash")).startsWith("Saved your answers.");
		assertThat(text("#plan")).contains("You said your current role is Clinical Services Manager")
			.contains("Step 1: Acquire a Solid Educational Background")
			.contains("Your next three actions");
		screenshot("career-advisor-plan-1280x900.png");
		// Printed, the plan keeps every reason and source and drops the form.
		this.browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
		assertThat(this.browser.findElement(By.cssSelector(".answers")).isDisplayed()).isFalse();
		assertThat(this.browser.findElements(By.cssSelector("#plan .source"))).isNotEmpty()
			.allSatisfy(source -> assertThat(source.isDisplayed()).isTrue());
		assertThat(text("#plan")).contains("because").contains("The guide: \u201c");
		this.browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
		tabTo("#plan form button[type=submit]");
		new Actions(this.browser).sendKeys(Keys.ENTER).perform();
		checkHere();
		assertThat(text(".flash")).startsWith("Marked the suggested steps done");
		assertThat(this.linksChecked).isNotEmpty().allSatisfy(link -> assertThat(link).as("link").endsWith(" 200"));
	}

	private void screenshot(String name) {
		try {
			Path screenshots = Path.of(System.getProperty("careerpath.screenshots", "target/screenshots"));
			Files.createDirectories(screenshots);
			Files.write(screenshots.resolve(name), this.browser.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** Presses Tab until the element matching the selector has focus, each focus visible; how many presses. */
	private int tabTo(String css) {
		WebElement target = this.browser.findElement(By.cssSelector(css));
		for (int presses = 1; presses <= 120; presses++) {
			new Actions(this.browser).sendKeys(Keys.TAB).perform();
			WebElement focused = this.browser.switchTo().activeElement();
			assertThat(focusIsVisible(focused)).as("focus visible on %s %s", focused.getTagName(),
					focused.getDomAttribute("id")).isTrue();
			if (focused.equals(target)) {
				return presses;
			}
		}
		throw new AssertionError("Tab never reached " + css);
	}

	@Test
	void guestTicksThreeStepsRegistersComesBackToThePageAndKeepsThemAcrossSignOutAndIn() {
		this.browser = Chromium.start(true, 1280, 900);
		visit(CAREER + "/progress");
		for (String step : List.of("educational-background", "healthcare-degree", "practical-experience")) {
			this.browser.findElement(By.cssSelector("label[for='status-progress-" + step + "-DONE']")).click();
			new WebDriverWait(this.browser, Duration.ofSeconds(5)).until(ExpectedConditions
				.textToBePresentInElementLocated(By.cssSelector("[data-step-live='" + step + "']"), "Saved: Done"));
			waitUntilIdle();
		}
		assertThat(text("[data-progress-summary]")).isEqualTo("3 of 10 steps done");
		this.browser.navigate().refresh();
		assertThat(text("[data-progress-summary]")).isEqualTo("3 of 10 steps done");

		String email = "journey-" + System.nanoTime() + "@example.org";
		click(By.linkText("Create an account to keep it on every device"));
		type("email", email);
		type("password", "a browser journey secret");
		submit();
		assertThat(this.browser.getCurrentUrl()).as("back where the person was").endsWith(CAREER + "/progress");
		assertThat(text(".flash")).contains("your progress is now in your account");
		assertThat(text("[data-progress-summary]")).isEqualTo("3 of 10 steps done");

		this.browser.findElement(By.cssSelector(".site-nav button")).click();
		assertThat(this.browser.getCurrentUrl()).as("signed out where the person was").endsWith(CAREER + "/progress");
		assertThat(text(".flash")).isEqualTo("You are signed out.");
		visit(CAREER + "/roadmap");
		assertThat(text("[data-progress-summary]")).isEqualTo("0 of 10 steps done");
		click(By.linkText("Sign in"));
		type("email", email);
		type("password", "a browser journey secret");
		submit();
		assertThat(this.browser.getCurrentUrl()).as("back to the roadmap").endsWith(CAREER + "/roadmap");
		assertThat(text(".flash")).contains("You are signed in: your progress is now in your account.");
		assertThat(text("[data-progress-summary]")).isEqualTo("3 of 10 steps done");
	}

	@Test
	void keyboardOnlyReachesAStepsStatusWithTabAndMarksItDoneWithTheArrowKeys() {
		this.browser = Chromium.start(true, 1280, 900);
		visit(CAREER + "/progress");
		WebElement focused = null;
		for (int i = 0; i < 60; i++) {
			new Actions(this.browser).sendKeys(Keys.TAB).perform();
			focused = this.browser.switchTo().activeElement();
			assertThat(focusIsVisible(focused)).as("focus visible on %s", focused.getDomAttribute("id") + " "
					+ focused.getTagName() + " " + focused.getText()).isTrue();
			if ("status-progress-educational-background-NOT_STARTED".equals(focused.getDomAttribute("id"))) {
				break;
			}
		}
		assertThat(focused.getDomAttribute("id")).isEqualTo("status-progress-educational-background-NOT_STARTED");
		new Actions(this.browser).sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT).perform();
		new WebDriverWait(this.browser, Duration.ofSeconds(5)).until(ExpectedConditions
			.textToBePresentInElementLocated(By.cssSelector("[data-progress-summary]"), "1 of 10 steps done"));
		assertThat(this.browser.findElement(By.id("status-progress-educational-background-DONE")).isSelected()).isTrue();
	}

	@Test
	void afterChangesInPlaceEveryCountBadgeAndMessageAgreesWithTheServer() {
		this.browser = Chromium.start(true, 1280, 900);
		visit(CAREER + "/progress");
		assertThat(this.browser.findElement(By.cssSelector("[data-progress-empty]")).isDisplayed()).isTrue();
		assertThat(this.browser.findElement(By.cssSelector("[data-next-badge='educational-background']")).isDisplayed())
			.isTrue();

		this.browser.findElement(By.cssSelector("label[for='status-progress-educational-background-DONE']")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(5)).until(driver -> driver
			.findElement(By.cssSelector("[data-next-badge='healthcare-degree']")).isDisplayed());
		assertThat(this.browser.findElement(By.cssSelector("[data-next-badge='educational-background']")).isDisplayed())
			.as("the badge left the step just done").isFalse();
		assertThat(this.browser.findElement(By.cssSelector("[data-progress-empty]")).isDisplayed()).isFalse();
		assertThat(this.browser.findElement(By.cssSelector("[data-jump-next]")).getDomAttribute("href"))
			.isEqualTo("#step-healthcare-degree");

		// Ticking an action of a step not started yet starts it; the message says so by the step.
		this.browser.findElement(By.cssSelector("#step-practical-experience .checklist label")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(5)).until(ExpectedConditions.textToBePresentInElementLocated(
				By.cssSelector("[data-step-live='practical-experience']"), "Saved: In progress, 1 of 4 actions done"));
		waitUntilIdle();
		String inPlace = summaryOfSteps();
		this.browser.navigate().refresh();
		assertThat(summaryOfSteps()).as("what the page said in place is what the server has").isEqualTo(inPlace);
		assertThat(text("[data-step-status='practical-experience']")).contains("In progress");
		assertThat(text("[data-progress-summary]")).isEqualTo("1 of 10 steps done");
		checkHere();
	}

	/** Each step's status, action count and whether it is marked next, as the page shows them. */
	private String summaryOfSteps() {
		StringBuilder summary = new StringBuilder(text("[data-progress-summary]"));
		for (WebElement step : this.browser.findElements(By.cssSelector("li[data-step]"))) {
			String key = step.getDomAttribute("data-step");
			summary.append('\n').append(key).append(' ')
				.append(step.findElement(By.cssSelector("[data-step-status]")).getDomAttribute("data-status"))
				.append(step.findElement(By.cssSelector("[data-next-badge]")).isDisplayed() ? " next" : "");
			step.findElements(By.cssSelector("[data-actions-summary]"))
				.forEach(count -> summary.append(' ').append(count.getDomProperty("textContent")));
		}
		return summary.toString();
	}

	@Test
	void onAPhoneTheChecklistIsShortAndItsToolsAreFewTabsAway() {
		this.browser = Chromium.start(true, 390, 844);
		visit(CAREER + "/progress");
		Number height = (Number) this.browser.executeScript("return document.documentElement.scrollHeight;");
		assertThat(height.intValue()).as("at most five screens of 844 px").isLessThanOrEqualTo(5 * 844);
		ChromeDriver withoutScript = Chromium.start(false, 390, 844);
		try {
			withoutScript.get(url(CAREER + "/progress"));
			Number noScriptHeight = (Number) withoutScript.executeScript("return document.documentElement.scrollHeight;");
			assertThat(noScriptHeight.intValue()).as("without JavaScript too").isLessThanOrEqualTo(5 * 844);
		}
		finally {
			withoutScript.quit();
		}
		int download = 0;
		int importFile = 0;
		for (int i = 1; i <= 15; i++) {
			new Actions(this.browser).sendKeys(Keys.TAB).perform();
			WebElement focused = this.browser.switchTo().activeElement();
			String href = String.valueOf(focused.getDomAttribute("href"));
			if (href.endsWith("/progress/export")) {
				download = i;
			}
			if (focused.getTagName().equals("summary") && focused.getText().contains("Import a progress file")) {
				importFile = i;
			}
		}
		assertThat(download).as("Tab presses to the download").isBetween(1, 15);
		assertThat(importFile).as("Tab presses to the import").isBetween(1, 15);
		WebElement menu = this.browser.findElement(By.cssSelector(".career-nav--menu"));
		assertThat(menu.getSize().getHeight()).as("the sections take one line").isLessThan(60);
		WebElement summary = menu.findElement(By.tagName("summary"));
		this.browser.executeScript("arguments[0].focus();", summary);
		new Actions(this.browser).sendKeys(Keys.ENTER).perform();
		assertThat(menu.findElement(By.linkText("Salaries")).isDisplayed()).isTrue();
		new Actions(this.browser).sendKeys(Keys.TAB, Keys.ESCAPE).perform();
		assertThat(menu.findElement(By.tagName("details")).getDomProperty("open")).as("Escape closes it").isEqualTo("false");
	}

	@Test
	void printingTheChecklistGivesACompactRecordOnAtMostTwoPages() {
		this.browser = Chromium.start(true, 1280, 900);
		visit(CAREER + "/progress");
		for (String step : List.of("educational-background", "healthcare-degree", "networking")) {
			this.browser.get(url(CAREER + "/progress/steps/" + step + "/details"));
			type("note", "What I did for " + step + ", with the dates and who helped, in a sentence or two.");
			this.browser.executeScript("document.getElementById('completedOn').value = '2021-03-01';");
			type("evidenceUrl", "https://example.org/evidence/" + step);
			submit();
		}
		visit(CAREER + "/progress");
		this.browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
		String printed = text("main");
		assertThat(printed).contains("Printed on").contains("/careers/director-of-clinical-services/progress")
			.contains("What I did for networking").contains("https://example.org/evidence/networking")
			.doesNotContain("Networking is a fundamental step");
		this.browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
		String pdf = new String(java.util.Base64.getDecoder()
			.decode(this.browser.print(new org.openqa.selenium.print.PrintOptions()).getContent()),
				java.nio.charset.StandardCharsets.ISO_8859_1);
		long pages = java.util.regex.Pattern.compile("/Type\\s*/Page[^s]").matcher(pdf).results().count();
		assertThat(pages).as("pages printed").isBetween(1L, 2L);
	}

	@Test
	void arrowKeysThroughTheStatusOptionsSaveOnlyTheOneChosen() {
		this.browser = Chromium.start(true, 1280, 900);
		visit(CAREER + "/steps/latest-developments");
		WebElement notStarted = this.browser.findElement(By.id("status-step-latest-developments-NOT_STARTED"));
		this.browser.executeScript("arguments[0].focus();", notStarted);
		new Actions(this.browser).sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT).perform();
		new WebDriverWait(this.browser, Duration.ofSeconds(5)).until(ExpectedConditions.textToBePresentInElementLocated(
				By.cssSelector("[data-step-live='latest-developments']"), "Saved: Skipped"));
		waitUntilIdle();
		this.browser.navigate().refresh();
		assertThat(this.browser.findElement(By.id("status-step-latest-developments-SKIPPED")).isSelected()).isTrue();
		assertThat(text("[data-progress-summary]")).isEqualTo("0 of 10 steps done");
		assertThat(text("#progress")).as("passing over Done left no completion date").doesNotContain("Date completed\n");
		assertThat(this.browser.findElements(By.cssSelector("#progress .saved-details"))).isEmpty();
	}

	@Test
	void withJavaScriptOffOneButtonSavesTheStatusAndTheActionsTogether() {
		this.browser = Chromium.start(false, 1280, 900);
		this.browser.get(url(CAREER + "/progress"));
		List<WebElement> actions = this.browser.findElements(By.cssSelector("#step-educational-background .checklist input"));
		actions.get(0).click();
		actions.get(1).click();
		this.browser.findElement(By.cssSelector("label[for='status-progress-educational-background-DONE']")).click();
		this.browser.findElement(By.cssSelector("#step-educational-background .step-form button[type=submit]")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(5))
			.until(driver -> driver.getCurrentUrl().endsWith("#step-educational-background"));
		assertThat(text("[data-progress-summary]")).isEqualTo("1 of 10 steps done");
		assertThat(text("[data-actions-summary='educational-background']")).as("the ticks were not dropped")
			.isEqualTo("2 of 5 actions done");
		assertThat(text("[data-step-live='educational-background']")).as("acknowledged by the step").isEqualTo("Saved.");
		assertThat(this.browser.findElements(By.cssSelector(".flash"))).as("not at the top of the page").isEmpty();
		assertThat(this.browser.findElements(By.cssSelector("[data-today-for], [data-copy-link]")))
			.as("no button that needs JavaScript shows without it")
			.noneMatch(WebElement::isDisplayed);
	}

	@Test
	void salaryComparisonHasAShareableAddressAndTheLadderRemembersWhereIAm() {
		this.browser = Chromium.start(true, 1280, 900);
		visit(CAREER + "/salaries");
		new Select(this.browser.findElement(By.id("compare"))).selectByValue("mid-level");
		new Select(this.browser.findElement(By.id("with"))).selectByValue("senior");
		click(By.cssSelector("#compare-levels button[type=submit]"));
		String result = text("#compare-levels .result tbody");
		assertThat(result).contains("$40,000 more").contains("$50,000 more");
		assertThat(text("#compare-levels caption")).as("in the order chosen")
			.startsWith("Mid-Level Director of Clinical Services compared with Senior");
		type("years", "4");
		click(By.cssSelector("#your-level button[type=submit]"));
		assertThat(text("#your-level .result")).contains("With 4 years at director level");
		assertThat(text(".chart")).contains("Compared, first").contains("Compared, second").contains("your band");
		String shared = this.browser.findElement(By.cssSelector("[data-share-link]")).getDomProperty("href");
		assertThat(shared).contains("compare=mid-level").contains("with=senior").contains("years=4");

		ChromeDriver friend = Chromium.start(true, 390, 844);
		try {
			friend.get(shared);
			// the same words and figures, whatever the layout (the friend is on a phone)
			assertThat(friend.findElement(By.cssSelector("#compare-levels .result tbody")).getText().replaceAll("\\s+", " "))
				.isEqualTo(result.replaceAll("\\s+", " "));
			assertThat(friend.findElement(By.cssSelector("#your-level .result")).getText())
				.as("the years came with the link").contains("With 4 years at director level");
		}
		finally {
			friend.quit();
		}

		visit(CAREER + "/ladder");
		click(By.cssSelector("#rung-director-of-clinical-operations form button"));
		assertThat(text("#rung-director-of-clinical-operations")).contains("You are here");
		assertThat(text(".ladder-next")).contains("Your next rung: Vice President of Clinical Services.");
	}

	@Test
	void withJavaScriptTickingUpdatesTheBarInPlaceAndANoteSurvivesAReload() {
		this.browser = Chromium.start(true, 1280, 900);
		visit(CAREER + "/steps/leadership-skills");
		this.browser.executeScript("window.sameDocument = true;");
		this.browser.findElement(By.cssSelector("label[for='status-step-leadership-skills-DONE']")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(5)).until(ExpectedConditions
			.textToBePresentInElementLocated(By.cssSelector("[data-progress-summary]"), "1 of 10 steps done"));
		assertThat(this.browser.executeScript("return window.sameDocument === true;")).as("no page load").isEqualTo(true);
		waitUntilIdle();
		this.browser.findElement(By.cssSelector("#progress details summary")).click();
		this.browser.findElement(By.id("note-leadership-skills")).sendKeys("Led the falls-prevention project");
		click(By.cssSelector("#progress .details-form button[type=submit]"));
		assertThat(text("#progress .details-live")).as("said beside the note's own button")
			.isEqualTo("Saved your note, date and link.");
		this.browser.navigate().refresh();
		assertThat(text("#progress")).contains("Led the falls-prevention project").contains("Done");

		// A change the server refuses (here: its CSRF token spoilt) is reported by the step, and the true state shown.
		this.browser.executeScript("document.querySelectorAll('input[name=_csrf]').forEach(i => i.value = 'spoilt');");
		this.browser.findElement(By.cssSelector("label[for='status-step-leadership-skills-IN_PROGRESS']")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(5)).until(ExpectedConditions.textToBePresentInElementLocated(
				By.cssSelector("[data-step-live='leadership-skills']"), "could not be saved"));
		WebElement done = this.browser.findElement(By.id("status-step-leadership-skills-DONE"));
		new WebDriverWait(this.browser, Duration.ofSeconds(5)).until(driver -> done.isSelected());
		assertThat(text("[data-progress-summary]")).isEqualTo("1 of 10 steps done");
	}

	@Test
	void byKeyboardAReaderSearchesFromTheHeaderAndOpensTheFirstHit() {
		this.browser = Chromium.start(true, 390, 844);
		visit("/");
		assertThat(tabTo("#site-search-q")).as("Tab presses to the search box").isLessThanOrEqualTo(8);
		this.browser.switchTo().activeElement().sendKeys("CHE certification", Keys.ENTER);
		checkHere();
		assertThat(heading()).isEqualTo("Results for \u201cCHE certification\u201d");
		assertThat(text(".search-count")).matches("\\d+ results");
		assertThat(text(".search-hit__title mark")).isEqualTo("Certified");
		this.browser.findElement(By.cssSelector(".search-hit__title a")).sendKeys(Keys.ENTER);
		checkHere();
		assertThat(this.browser.getCurrentUrl()).endsWith(CAREER + "/skills#credential-che");
		visit("/search");
		assertThat(text("main")).contains("Tips");
	}

	/** The offer to mark a step done is written only where due; ticking the last action with script makes it. */
	@Test
	void withJavaScriptTickingTheLastActionOffersToMarkTheStepDone() {
		this.browser = Chromium.start(true, 390, 844);
		visit(CAREER + "/steps/networking");
		assertThat(this.browser.findElements(By.cssSelector("[data-offer-done]"))).isEmpty();
		for (WebElement box : this.browser.findElements(By.cssSelector("#progress .checklist input[type=checkbox]"))) {
			this.browser.findElement(By.cssSelector("label[for='" + box.getDomAttribute("id") + "']")).click();
			waitUntilIdle();
		}
		WebElement offer = new WebDriverWait(this.browser, Duration.ofSeconds(5))
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-offer-done='networking']")));
		assertThat(offer.getText()).contains("All actions are ticked. Mark this step done?");
		assertThat(this.browser.findElement(By.id("status-step-networking-IN_PROGRESS")).isSelected()).isTrue();

		click(By.cssSelector("[data-offer-done='networking'] button"));
		assertThat(this.browser.findElement(By.id("status-step-networking-DONE")).isSelected()).isTrue();
		assertThat(text("[data-progress-summary]")).isEqualTo("1 of 10 steps done");
	}

	@Test
	void atPhoneWidthNoPageScrollsSidewaysAndMainPagesAreScreenshot() throws IOException {
		this.browser = Chromium.start(true, 1280, 900);
		Path screenshots = Path.of(System.getProperty("careerpath.screenshots", "target/screenshots"));
		Files.createDirectories(screenshots);
		for (int[] size : new int[][] { { 360, 740 }, { 390, 844 }, { 1280, 800 } }) {
			Chromium.viewport(this.browser, size[0], size[1]);
			for (String page : PAGES) {
				visit(page);
				Object scrollWidth = this.browser.executeScript("return document.documentElement.scrollWidth;");
				assertThat(((Number) scrollWidth).intValue()).as("page width of %s at %d px", page, size[0])
					.isLessThanOrEqualTo(size[0]);
				if (size[0] != 360) {
					Files.write(screenshots.resolve(name(page) + "-" + size[0] + "x" + size[1] + ".png"),
							this.browser.getScreenshotAs(OutputType.BYTES));
				}
			}
		}
	}

	// --- helpers -------------------------------------------------------------------------------------------------

	final Set<String> linksChecked = new LinkedHashSet<>();

	final HttpClient http = HttpClient.newHttpClient();

	/** Opens a page, checks it (HTML, accessibility) and that every same-site link on it answers 200. */
	private void visit(String path) {
		this.browser.get(url(path));
		checkHere();
	}

	private void click(By by) {
		this.browser.findElement(by).click();
		checkHere();
	}

	private void submit() {
		this.browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		checkHere();
	}

	private void checkHere() {
		PageChecks.check(this.browser);
		for (WebElement link : this.browser.findElements(By.cssSelector("a[href^='/'], a[href^='http://localhost']"))) {
			String href = link.getDomAttribute("href").replaceFirst("#.*$", "");
			if (href.isEmpty() || href.endsWith("/export") || !this.linksChecked.stream().noneMatch(l -> l.startsWith(href + " "))) {
				continue;
			}
			this.linksChecked.add(href + " " + status(href));
		}
	}

	private int status(String href) {
		try {
			URI uri = href.startsWith("http") ? URI.create(href) : URI.create(url(href));
			return this.http.send(HttpRequest.newBuilder(uri).header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private boolean focusIsVisible(WebElement element) {
		Object visible = this.browser.executeScript("""
				const s = getComputedStyle(arguments[0]);
				return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';""",
				element);
		return Boolean.TRUE.equals(visible);
	}

	private void waitUntilIdle() {
		new WebDriverWait(this.browser, Duration.ofSeconds(5))
			.until(driver -> driver.findElements(By.cssSelector("[aria-busy]")).isEmpty());
	}

	private void type(String id, String text) {
		WebElement input = this.browser.findElement(By.id(id));
		input.clear();
		input.sendKeys(text);
	}

	private String heading() {
		return text("h1");
	}

	private String text(String css) {
		return this.browser.findElement(By.cssSelector(css)).getText();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static String name(String page) {
		String name = page.replace("/careers/director-of-clinical-services", "career")
			.replace(SECOND, "second-guide")
			.replaceAll("[^A-Za-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
		return name.isEmpty() ? "home" : name;
	}

}
