package org.proximite.core.testing;

import java.time.Clock;
import org.jooq.DSLContext;
import org.proximite.core.chapter.ChapterEvents;
import org.proximite.core.chapter.ChapterImporter;
import org.proximite.core.chapter.ChapterInspector;
import org.proximite.core.chapter.ChapterLifecycle;
import org.proximite.core.chapter.ChapterLoader;
import org.proximite.core.chapter.ChapterPlanner;
import org.proximite.core.chapter.ChapterQueries;
import org.proximite.core.initiative.InitiativeEditing;
import org.proximite.core.initiative.InitiativeQueries;
import org.proximite.core.practice.PracticeEditing;
import org.proximite.core.practice.PracticeQueries;
import org.proximite.core.project.ProjectQueries;
import org.proximite.core.theme.ThemeQueries;

/** The core's services wired by hand over one test database, as Spring wires them in the application. */
public record CoreServices(
        DSLContext dsl,
        ThemeQueries themes,
        PracticeQueries practices,
        PracticeEditing practiceEditing,
        InitiativeQueries initiatives,
        InitiativeEditing initiativeEditing,
        ChapterQueries chapters,
        ChapterEvents events,
        ChapterImporter importer,
        ProjectQueries projects) {

    public static CoreServices on(TestDatabase database) {
        return on(database.freshDsl());
    }

    public static CoreServices on(DSLContext dsl) {
        Clock clock = Clock.systemUTC();
        ThemeQueries themes = new ThemeQueries(dsl);
        ChapterEvents events = new ChapterEvents(dsl, clock);
        return new CoreServices(dsl, themes, new PracticeQueries(dsl, themes), new PracticeEditing(dsl, clock),
                new InitiativeQueries(dsl), new InitiativeEditing(dsl, clock), new ChapterQueries(dsl), events,
                new ChapterImporter(dsl, clock), new ProjectQueries(dsl));
    }

    /** A new loader, as after a restart of the application: its PF4J state starts empty. */
    public ChapterLoader newLoader() {
        return new ChapterLoader(dsl, importer, events);
    }

    /** The lifecycle service with its own loader, as one running application has. */
    public ChapterLifecycle newLifecycle() {
        return newLifecycle(newLoader());
    }

    public ChapterLifecycle newLifecycle(ChapterLoader loader) {
        return new ChapterLifecycle(dsl, new ChapterInspector(dsl), new ChapterPlanner(dsl), importer, events, loader, Clock.systemUTC());
    }
}
