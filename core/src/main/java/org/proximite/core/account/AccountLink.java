package org.proximite.core.account;

import java.time.OffsetDateTime;

/**
 * A one-time link's token, as given once to whoever passes it on; only its hash is stored.
 *
 * @param token the secret part of the link ({@code /setup?token=…})
 */
public record AccountLink(String token, OffsetDateTime expiresAt) {

    @Override
    public String toString() {
        return "AccountLink[expiresAt=" + expiresAt + "]";
    }
}
