/**
 * Site-wide configuration: the security filter chain, error pages, the clock, scheduling and retries. Every module
 * may rely on it; it uses only the guides' not-found exception, for the 404 page.
 */
@ApplicationModule(allowedDependencies = "career")
package org.careerpath.system;

import org.springframework.modulith.ApplicationModule;
