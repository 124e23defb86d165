/**
 * Accounts in the workspace: the admins' users page (invite, change roles and scopes, disable),
 * and the one-time setup page where the first admin, or an invited person, chooses a password.
 * Every check is made again by {@link org.proximite.core.account.Accounts}.
 */
package org.proximite.web.account;
