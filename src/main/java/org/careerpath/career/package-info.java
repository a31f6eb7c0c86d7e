/**
 * The career guides as read-only data: careers, roadmap steps, skills, credentials, ladder, salary bands, duties,
 * FAQ; their narrow repositories and read models, and how the guide's money is written. Knows no person, page or
 * request.
 */
@ApplicationModule(allowedDependencies = {})
package org.careerpath.career;

import org.springframework.modulith.ApplicationModule;
