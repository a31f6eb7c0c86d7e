/** A person's progress on roadmaps, as a guest or with an account: statuses, actions, notes, export and import. */
package org.careerpath.progress;
