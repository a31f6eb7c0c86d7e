/** The salary pages and their arithmetic: a career's bands by level, a comparison of two, and a placement. */
@ApplicationModule(allowedDependencies = { "career", "system" })
package org.careerpath.salary;

import org.springframework.modulith.ApplicationModule;
