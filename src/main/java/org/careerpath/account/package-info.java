/** Accounts and signing in: registration, sign-in with lockout, password change, export and deletion. */
package org.careerpath.account;
