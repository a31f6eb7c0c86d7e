/**
 * Search across the guides: an index of their content (never anything of a person's), built in memory at start-up
 * and again whenever a guide changes, and the search page. English stemming, one typo forgiven in longer words, a
 * title match ranked above a body match; every hit links to its page and anchor with the matched words marked.
 */
@ApplicationModule(allowedDependencies = { "career", "system" })
package org.careerpath.search;

import org.springframework.modulith.ApplicationModule;
