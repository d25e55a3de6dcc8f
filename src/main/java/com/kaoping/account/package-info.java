/**
 * Accounts of the people who sign in (admin, HR, interviewer), roles, login and security.
 * Other modules use {@link com.kaoping.account.CurrentUser} and {@link com.kaoping.account.UserDirectory}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package com.kaoping.account;
