/**
 * Who may do what. Readers need no account; the {@code admin} account (role ADMIN,
 * password from {@code PROXIMITE_ADMIN_PASSWORD} or generated at start) signs in through
 * {@link org.proximite.web.security.LoginView}. REST and metrics clients use HTTP Basic; views
 * declare their audience with {@code @AnonymousAllowed} or {@code @RolesAllowed}.
 */
package org.proximite.web.security;
