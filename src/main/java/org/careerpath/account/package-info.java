/**
 * Accounts: registration, sign-in with lockout, password change, data download and deletion. Tells the rest of the
 * application what happened through {@link org.careerpath.account.AccountEvents}; knows no other feature.
 */
@ApplicationModule(allowedDependencies = "system")
package org.careerpath.account;

import org.springframework.modulith.ApplicationModule;
