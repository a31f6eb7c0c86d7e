/**
 * The versioned JSON API ({@code /api/v1}), documented with OpenAPI: the guides' content (careers, a whole guide,
 * search, a salary comparison) for anyone and any site, and a person's own progress (one step's state, the progress
 * file out and in) for whoever the request belongs to. Its JSON shapes are records of its own, with stable names;
 * errors are RFC 9457 problem documents. Renders no page.
 */
@ApplicationModule(allowedDependencies = { "career", "salary", "search", "progress", "system" })
package org.careerpath.api;

import org.springframework.modulith.ApplicationModule;
