package org.proximite.web.security;

import java.util.Arrays;
import org.proximite.core.actor.Role;

/**
 * Role names, as written in {@code @RolesAllowed} and in the security rules (without "ROLE_"):
 * the names of {@link Role}, whose services check what each may do.
 */
public final class Roles {

    /** Manages chapters, users and settings; reads the metrics; may do all a coordinator may. */
    public static final String ADMIN = "ADMIN";

    /** Edits all content, reviews and publishes. */
    public static final String COORDINATOR = "COORDINATOR";

    /** Reviews and publishes the texts of their languages. */
    public static final String REVIEWER = "REVIEWER";

    /** Edits the content of their chapters. */
    public static final String COUNTRY_EDITOR = "COUNTRY_EDITOR";

    /** Edits the texts of their languages. */
    public static final String TRANSLATOR = "TRANSLATOR";

    /** Every role: people who work on content and see drafts. */
    public static String[] all() {
        return Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new);
    }

    private Roles() {}
}
