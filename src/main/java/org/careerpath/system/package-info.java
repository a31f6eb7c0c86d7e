/**
 * Site-wide configuration: the security filter chains (the site's, and the actuator's operator), error pages, the
 * clock, scheduling, retries, request ids, the content caches, the rendered-page cache ({@link
 * org.careerpath.system.SharedPage}) and the repositories' warm-up. Every module may rely on
 * it; it uses only the guides' not-found exception, for the 404 page, and their change event, to clear the caches.
 */
@ApplicationModule(allowedDependencies = "career")
package org.careerpath.system;

import org.springframework.modulith.ApplicationModule;
