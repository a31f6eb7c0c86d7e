/** The career guides as read-only data: careers, roadmap steps, skills, credentials, ladder, salaries, duties, FAQ. */
package org.careerpath.career;
