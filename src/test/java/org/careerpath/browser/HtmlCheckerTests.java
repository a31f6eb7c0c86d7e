package org.careerpath.browser;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The checker itself finds errors: a page check that can never fail would prove nothing. */
class HtmlCheckerTests {

	@Test
	void aValidPagePasses() {
		assertThat(HtmlChecker.errors("""
				<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Fine</title></head>
				<body><main><h1>Fine</h1><p>Text</p></main></body></html>""")).isEmpty();
	}

	@Test
	void anInvalidPageFailsWithWhereAndWhy() {
		assertThat(HtmlChecker.errors("""
				<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bad</title></head>
				<body><ul><div>not a list item</div></ul><p id="x"></p><p id="x"></p></body></html>"""))
			.anySatisfy(error -> assertThat(error).contains("div"))
			.anySatisfy(error -> assertThat(error).contains("Duplicate ID"));
	}

}
