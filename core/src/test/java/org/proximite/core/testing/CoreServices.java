package org.proximite.core.testing;

import static org.proximite.core.testing.TestActors.ADMIN;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jooq.DSLContext;
import org.proximite.chapter.format.ChapterRefusedException;
import org.proximite.core.chapter.ChapterEvents;
import org.proximite.core.chapter.ChapterFolders;
import org.proximite.core.chapter.ChapterImporter;
import org.proximite.core.chapter.ChapterQueries;
import org.proximite.core.chapter.installing.Answers;
import org.proximite.core.chapter.installing.ApplyCheckpoint;
import org.proximite.core.chapter.installing.ChapterInspector;
import org.proximite.core.chapter.installing.ChapterLifecycle;
import org.proximite.core.chapter.installing.ChapterLock;
import org.proximite.core.chapter.installing.ChapterPlanner;
import org.proximite.core.chapter.installing.InstallPlan;
import org.proximite.core.chapter.installing.StoredPlans;
import org.proximite.core.chapter.running.ChapterLoader;
import org.proximite.core.chapter.running.ChapterStates;
import org.proximite.core.content.ContentWriter;
import org.proximite.core.content.ItemEditing;
import org.proximite.core.content.ItemQueries;
import org.proximite.core.initiative.InitiativeEditing;
import org.proximite.core.initiative.InitiativeQueries;
import org.proximite.core.outbox.Outbox;
import org.proximite.core.practice.PracticeEditing;
import org.proximite.core.practice.PracticeQueries;
import org.proximite.core.project.ProjectQueries;
import org.proximite.core.theme.ThemeQueries;

/** The core's services wired by hand over one test database, as Spring wires them in the application. */
public record CoreServices(
        DSLContext dsl,
        Clock clock,
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
        ContentWriter writer,
        ChapterStates states) {

    /** How long a lifecycle waits for the chapter lock in tests: long enough for any apply here. */
    public static final Duration LOCK_WAIT = Duration.ofSeconds(30);

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
        ItemEditing itemEditing = new ItemEditing(dsl, writer, clock);
        return new CoreServices(dsl, clock, themes, new PracticeQueries(dsl, themes, items), new PracticeEditing(dsl, itemEditing, List.of()),
                new InitiativeQueries(dsl, items), new InitiativeEditing(dsl, itemEditing), new ChapterQueries(dsl), events,
                new ChapterImporter(dsl, clock, writer), new ProjectQueries(dsl), outbox, writer, new ChapterStates(dsl, events, outbox, clock));
    }

    /** Installs a chapter jar through the lifecycle, as an admin's upload does, into the data folder {@code dataDir}. */
    public void install(Path jar, Path dataDir) {
        try {
            ChapterLifecycle lifecycle = newLifecycle();
            ChapterFolders folders = ChapterFolders.in(dataDir);
            InstallPlan plan = lifecycle.prepare(jar.getFileName().toString(), Files.readAllBytes(jar), folders, List.of(), ADMIN);
            lifecycle.apply(plan.id(), Answers.none(), folders, ADMIN);
        } catch (IOException | ChapterRefusedException e) {
            throw new IllegalStateException("The test chapter " + jar.getFileName() + " could not be installed: " + e.getMessage(), e);
        }
    }

    /** A new loader, as after a restart of the application: its PF4J state starts empty. */
    public ChapterLoader newLoader() {
        return new ChapterLoader(dsl, events, states, clock);
    }

    /** The lifecycle service with its own loader, as one running application has. */
    public ChapterLifecycle newLifecycle() {
        return newLifecycle(newLoader());
    }

    public ChapterLifecycle newLifecycle(ChapterLoader loader) {
        return newLifecycle(loader, ApplyCheckpoint.NONE, LOCK_WAIT);
    }

    /** A lifecycle whose applies pass {@code checkpoint}, and that waits {@code lockWait} for the chapter lock. */
    public ChapterLifecycle newLifecycle(ChapterLoader loader, ApplyCheckpoint checkpoint, Duration lockWait) {
        return new ChapterLifecycle(dsl, new ChapterInspector(dsl), new ChapterPlanner(dsl), importer, events, loader, states,
                new StoredPlans(dsl, clock, Duration.ofHours(24)), new ChapterLock(dsl, lockWait), outbox, writer, clock, checkpoint);
    }
}
