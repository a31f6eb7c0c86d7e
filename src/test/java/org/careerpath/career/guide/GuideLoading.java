package org.careerpath.career.guide;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** The guide loader for test slices that start without component scanning, such as {@code @DataJpaTest}. */
@TestConfiguration(proxyBeanMethods = false)
@Import({ GuideLoader.class, GuideStore.class })
public class GuideLoading {

	/** Writes the test fixture under another slug through the application's own store, for tests elsewhere. */
	public static class Writer {

		private final GuideStore store;

		Writer(GuideStore store) {
			this.store = store;
		}

		/** The outcome's name: ADDED, UPDATED or UNCHANGED. */
		public String writeFixtureAs(String slug) {
			try {
				return write(slug, GuideReaderTests.fixture().replace("slug: fixture-care-team-lead", "slug: " + slug));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		/** Writes a guide given as YAML text, which must be valid; the outcome's name. */
		public String write(String slug, String yaml) {
			GuideReader.Read read = GuideReaderTests.read(slug + ".yaml", yaml);
			if (!read.valid()) {
				throw new IllegalArgumentException(read.problems().toString());
			}
			return this.store.write(read.guide(), read.contentHash()).outcome().name();
		}

	}

}
