/**
 * The people who sign in: accounts with their roles and scopes, kept in the database so that every
 * instance knows the same ones. {@link org.proximite.core.account.Accounts} creates, invites and
 * changes them (admins only); {@link org.proximite.core.account.PasswordPolicy} says which
 * passwords are refused; {@link org.proximite.core.account.SignInAttempts} records sign-ins and
 * slows down guessing; {@link org.proximite.core.account.FirstAdmin} sets up the first admin
 * without any default password. Every change and every sign-in is appended to the outbox.
 */
package org.proximite.core.account;
