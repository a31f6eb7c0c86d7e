/** End-to-end tests in a real headless Chromium driven by Selenium. */
package org.careerpath.browser;
