package org.careerpath.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and ChromeDriver, headless, started with explicit paths so that nothing is downloaded. As a
 * JUnit condition it skips browser tests, with one line saying why, on a machine that has no Chromium.
 */
public final class Chromium implements ExecutionCondition {

	static final String BROWSER = System.getProperty("careerpath.chromium", "/usr/bin/chromium");

	static final String DRIVER = System.getProperty("careerpath.chromedriver", "/usr/bin/chromedriver");

	private static boolean warned;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (Files.isExecutable(Path.of(BROWSER)) && Files.isExecutable(Path.of(DRIVER))) {
			return ConditionEvaluationResult.enabled("Chromium found");
		}
		String reason = "Browser tests skipped: no " + BROWSER + " or " + DRIVER
				+ ". Enable them with: apt-get install chromium chromium-driver (or set -Dcareerpath.chromium and -Dcareerpath.chromedriver).";
		synchronized (Chromium.class) {
			if (!warned) {
				System.out.println(reason);
				warned = true;
			}
		}
		return ConditionEvaluationResult.disabled(reason);
	}

	/** A new headless browser with its own empty profile; scripts on or off; a light or dark colour scheme. */
	static ChromeDriver start(boolean javascript, int width, int height) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BROWSER);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--hide-scrollbars", "--user-data-dir=" + profileDirectory(), "--window-size=" + width + "," + height);
		if (!javascript) {
			options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
		}
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		// Headless windows are never narrower than 500 px: a phone's width needs the device emulated.
		viewport(driver, width, height);
		return driver;
	}

	/** Emulates a device of this CSS pixel size, as a phone or a desktop window. */
	static void viewport(ChromeDriver driver, int width, int height) {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
				"deviceScaleFactor", 1, "mobile", width < 600));
	}

	static void colourScheme(ChromeDriver driver, String scheme) {
		driver.executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
	}

	private static String profileDirectory() {
		try {
			return Files.createTempDirectory("chromium-profile").toString();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Chromium() {
	}

}
