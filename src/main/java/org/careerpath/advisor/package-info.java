/**
 * The Career Path Advisor: a skills self-assessment, a short form about the person, and a plan computed from their
 * answers, their progress and the guide's own advisor rules, every line with its reason and its source. Plain,
 * deterministic Java; nothing is asked of any outside service. Keeps its data with progress.
 */
@ApplicationModule(allowedDependencies = { "career", "progress" })
package org.careerpath.advisor;

import org.springframework.modulith.ApplicationModule;
