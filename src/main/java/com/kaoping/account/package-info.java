/**
 * Accounts of the people who sign in (admin, HR, interviewer), roles, login and security.
 * Other modules use {@link com.kaoping.account.CurrentUser} and {@link com.kaoping.account.UserDirectory}.
 */
package com.kaoping.account;
