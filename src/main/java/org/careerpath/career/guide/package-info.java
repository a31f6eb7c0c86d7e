/**
 * Guides as files: the authoring format ({@link org.careerpath.career.guide.GuideFile}), its strict validation, and
 * the loader that writes each valid guide over the career tables at start-up, by slug and stable keys. Also the
 * command authors run to check a file without starting the site ({@link org.careerpath.career.guide.GuideCheck}).
 */
package org.careerpath.career.guide;
