package org.careerpath.browser;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** The Nu HTML Checker (vnu) on a page's source, offline: errors only, each with its line and column. */
final class HtmlChecker {

	private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-all.rnc";

	private HtmlChecker() {
	}

	static synchronized List<String> errors(String html) {
		List<String> errors = new ArrayList<>();
		ErrorHandler collector = new ErrorHandler() {
			@Override
			public void warning(SAXParseException ex) {
			}

			@Override
			public void error(SAXParseException ex) {
				errors.add(ex.getLineNumber() + ":" + ex.getColumnNumber() + " " + ex.getMessage());
			}

			@Override
			public void fatalError(SAXParseException ex) {
				error(ex);
			}
		};
		try {
			SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
			validator.setUpMainSchema(HTML5_SCHEMA, collector);
			validator.setUpValidatorAndParsers(collector, true, false);
			InputSource source = new InputSource(new StringReader(html));
			source.setEncoding("UTF-8");
			validator.checkHtmlInputSource(source);
		}
		catch (Exception ex) {
			throw new IllegalStateException("The HTML checker could not run", ex);
		}
		return errors;
	}

}
