/**
 * Accounts: registration, sign-in with lockout (counted in the database, shared by every instance), password change,
 * ending an account's other sessions, data download and deletion. Tells the rest of the
 * application what happened through {@link org.careerpath.account.AccountEvents}; knows no other feature.
 */
@ApplicationModule(allowedDependencies = "system")
package org.careerpath.account;

import org.springframework.modulith.ApplicationModule;
