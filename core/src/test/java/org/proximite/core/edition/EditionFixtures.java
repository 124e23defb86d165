package org.proximite.core.edition;

import java.util.List;
import org.proximite.core.actor.Actor;
import org.proximite.core.testing.CoreServices;

/** Editions for tests of other packages, rendered on the caller's thread: ready (or failed) when made. */
public final class EditionFixtures {

    private EditionFixtures() {}

    public static Edition make(CoreServices core, EditionScope scope, List<String> languages, Actor actor, EditionRenderer... renderers) {
        Editions editions = new Editions(new EditionStore(core.dsl()), new EditionSnapshots(core.dsl()),
                List.of(renderers), core.outbox(), core.clock(), Runnable::run);
        return editions.find(editions.create(scope, languages, actor).key()).orElseThrow();
    }
}
