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
import java.util.List;
import org.proximite.core.content.ContentWriter;
import org.proximite.core.content.ItemEditing;
import org.proximite.core.content.ItemQueries;
import org.proximite.core.initiative.InitiativeEditing;
import org.proximite.core.outbox.Outbox;
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
        ProjectQueries projects,
        Outbox outbox,
        ContentWriter writer) {

    public static CoreServices on(TestDatabase database) {
        return on(database.freshDsl());
    }

    public static CoreServices on(DSLContext dsl) {
        Clock clock = Clock.systemUTC();
        ThemeQueries themes = new ThemeQueries(dsl);
        ChapterEvents events = new ChapterEvents(dsl, clock);
        Outbox outbox = new Outbox(dsl, clock);
        ContentWriter writer = new ContentWriter(outbox, clock);
        ItemQueries items = new ItemQueries(dsl);
        ItemEditing itemEditing = new ItemEditing(dsl, writer);
        return new CoreServices(dsl, themes, new PracticeQueries(dsl, themes, items), new PracticeEditing(dsl, itemEditing, List.of()),
                new InitiativeQueries(dsl, items), new InitiativeEditing(dsl, itemEditing), new ChapterQueries(dsl), events,
                new ChapterImporter(dsl, clock, writer), new ProjectQueries(dsl), outbox, writer);
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
        return new ChapterLifecycle(dsl, new ChapterInspector(dsl), new ChapterPlanner(dsl), importer, events, loader, Clock.systemUTC(), writer);
    }
}
