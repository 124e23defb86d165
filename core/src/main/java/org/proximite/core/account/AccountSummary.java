package org.proximite.core.account;

import java.time.OffsetDateTime;

/**
 * An account as the users page lists it.
 *
 * @param passwordSet false for an invited person who has not chosen a password yet
 * @param lastSignInAt null when the person never signed in
 */
public record AccountSummary(long id, String username, String displayName, AccountAccess access, boolean enabled, boolean passwordSet,
        OffsetDateTime lastSignInAt) {}
