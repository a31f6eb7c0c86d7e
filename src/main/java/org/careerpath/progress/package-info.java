/**
 * A person's progress on roadmaps, as a guest or with an account: who the current person is, statuses, actions,
 * notes, ladder position, merging a guest into an account, export and import, retention. Reads the guides; listens
 * to the account's events.
 */
@ApplicationModule(allowedDependencies = { "career", "account", "system" })
package org.careerpath.progress;

import org.springframework.modulith.ApplicationModule;
