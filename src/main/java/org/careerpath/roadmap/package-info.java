/**
 * The pages a reader browses: catalogue, career overview, roadmap, steps, skills, ladder, responsibilities, FAQ;
 * with the person's progress where they show it.
 */
@ApplicationModule(allowedDependencies = { "career", "progress", "system" })
package org.careerpath.roadmap;

import org.springframework.modulith.ApplicationModule;
