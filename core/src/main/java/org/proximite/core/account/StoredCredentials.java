package org.proximite.core.account;

import java.time.OffsetDateTime;

/**
 * What signing in needs to know of an account.
 *
 * @param passwordHash null while an invited person has not chosen a password
 * @param sessionsValidAfter sessions created before this instant are no longer valid
 */
public record StoredCredentials(String username, String displayName, String passwordHash, boolean enabled, AccountAccess access,
        OffsetDateTime sessionsValidAfter) {}
