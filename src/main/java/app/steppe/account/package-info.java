/**
 * Accounts and authentication: users with the STUDENT and INSTRUCTOR roles, course enrollment by code, rosters, password rules, login throttling and the one security filter chain.
 */
@ApplicationModule(displayName = "Accounts")
package app.steppe.account;

import org.springframework.modulith.ApplicationModule;
