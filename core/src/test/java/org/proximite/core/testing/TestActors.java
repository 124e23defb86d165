package org.proximite.core.testing;

import java.util.Set;
import org.proximite.core.actor.Actor;
import org.proximite.core.actor.Role;

/** The people tests act as. */
public final class TestActors {

    /** An admin: installs and manages chapters. */
    public static final Actor ADMIN = Actor.user("admin", Set.of(Role.ADMIN));

    /** Two admins, for tests of two people (or two instances) acting at once. */
    public static final Actor AMINA = Actor.user("amina", Set.of(Role.ADMIN));
    public static final Actor BAKARY = Actor.user("bakary", Set.of(Role.ADMIN));

    private TestActors() {}
}
