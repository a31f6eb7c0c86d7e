package org.careerpath.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every page a journey visits must pass: valid HTML5 by the Nu HTML Checker (on the page's source as the server
 * sent it) and no axe-core violation of the WCAG 2.1 A and AA rules, in the light and the dark colour scheme.
 */
final class PageChecks {

	static final String AXE_VERSION = System.getProperty("careerpath.axe-version", "4.6.3");

	private static final String AXE_SOURCE = readAxe();

	/** Sources already checked in this run: the same HTML needs no second check. */
	private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();

	private PageChecks() {
	}

	/** Checks the page the browser shows now; a failure names the rule or error, the element and the page. */
	static void check(ChromeDriver browser) {
		String url = browser.getCurrentUrl();
		String source = source(browser);
		String key = url.replaceFirst("#.*$", "") + "\n" + source.hashCode();
		if (!CHECKED.add(key)) {
			return;
		}
		assertThat(HtmlChecker.errors(source)).as("HTML errors on %s", url).isEmpty();
		for (String scheme : List.of("light", "dark")) {
			Chromium.colourScheme(browser, scheme);
			assertThat(axeViolations(browser)).as("axe-core WCAG 2.1 A/AA violations on %s in the %s scheme", url, scheme)
				.isEmpty();
		}
		Chromium.colourScheme(browser, "light");
	}

	/** The page's HTML exactly as the server sends it for this browser (its cookies), not the live DOM. */
	static String source(ChromeDriver browser) {
		Object html = browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(location.href, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
				  .then(r => r.text()).then(done).catch(e => done('FETCH FAILED ' + e));""");
		return String.valueOf(html);
	}

	@SuppressWarnings("unchecked")
	static List<String> axeViolations(ChromeDriver browser) {
		if (Boolean.FALSE.equals(browser.executeScript("return typeof window.axe !== 'undefined';"))) {
			browser.executeScript(AXE_SOURCE);
		}
		Object result = browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
				                    resultTypes: ['violations'] })
				  .then(r => done(r.violations.map(v => ({ id: v.id, help: v.help,
				      nodes: v.nodes.map(n => n.target.join(' ') + '  ' + n.html.substring(0, 160)) }))))
				  .catch(e => done([{ id: 'axe-error', help: String(e), nodes: [] }]));""");
		List<String> violations = new ArrayList<>();
		for (Map<String, Object> violation : (List<Map<String, Object>>) result) {
			violations.add(violation.get("id") + ": " + violation.get("help") + " at " + violation.get("nodes"));
		}
		return violations;
	}

	private static String readAxe() {
		String path = "/META-INF/resources/webjars/axe-core/" + AXE_VERSION + "/axe.min.js";
		try (InputStream in = PageChecks.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("axe-core is not on the test classpath at " + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
