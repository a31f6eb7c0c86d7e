/** The pages a reader browses: catalogue, career overview, roadmap, steps, skills, ladder, responsibilities, FAQ. */
package org.careerpath.roadmap;
