package org.proximite.web.security;

/** Role names, as written in {@code @RolesAllowed} and in the security rules (without "ROLE_"). */
public final class Roles {

    /** Installs chapters, manages accounts, reads the metrics. */
    public static final String ADMIN = "ADMIN";

    /** Writes and publishes practices and initiatives. */
    public static final String EDITOR = "EDITOR";

    private Roles() {}
}
