package org.proximite.core.backup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.account.AccountAccess;
import org.proximite.core.account.Accounts;
import org.proximite.core.account.FirstAdmin;
import org.proximite.core.actor.Actor;
import org.proximite.core.actor.Role;
import org.proximite.core.chapter.ChapterFolders;
import org.proximite.core.chapter.installing.Answers;
import org.proximite.core.chapter.installing.ChapterLifecycle;
import org.proximite.core.chapter.installing.InstallPlan;
import org.proximite.core.chapter.running.ChapterLoader;
import org.proximite.core.edition.Edition;
import org.proximite.core.edition.EditionFixtures;
import org.proximite.core.edition.EditionFormat;
import org.proximite.core.edition.EditionRenderer;
import org.proximite.core.edition.EditionScope;
import org.proximite.core.edition.EditionState;
import org.proximite.core.language.LanguageQueries;
import org.proximite.core.testing.ContentFixtures;
import org.proximite.core.testing.CoreServices;
import org.proximite.core.testing.TestActors;
import org.proximite.core.testing.TestChapterJars;
import org.proximite.core.textimport.TextImport;
import org.proximite.core.textimport.reading.ImportFormat;

/** Instances to export from and import into, as people would have them, and ways to look into bundles. */
final class BackupInstances {

    static final String ADMIN_PASSWORD = "kindly-open-the-gate-7";
    /** The practice imported from the web in {@link #workedIn}. */
    static final String IMPORTED = "patrouilles-a-pied";

    private BackupInstances() {}

    /**
     * An instance people worked in: Guinea installed, a practice edited, a practice imported from the
     * web (its history notes it), an account invited, an edition made.
     */
    static CoreServices workedIn(CoreServices core, Path dataDir) {
        core.install(TestChapterJars.guinea(), dataDir);
        ContentFixtures.editPractice(core, "local-security-council", "fr", "title", "Conseil local de sécurité, revu à Conakry");
        ContentFixtures.editInitiative(core, "share-fair", "en", "summary", "Three days of dialogue — « ensemble »");
        TextImport textImport = new TextImport(core.dsl(), core.practiceEditing(), core.initiativeEditing(), new LanguageQueries(core.dsl()));
        textImport.createDraft(ContentFixtures.COORDINATOR, ItemKind.PRACTICE, IMPORTED, textImport.preview(ContentFixtures.COORDINATOR,
                "Patrouilles à pied\n\nLes agents marchent dans le quartier et parlent aux habitants.", ImportFormat.TEXT).paragraphs(), "fr");
        new FirstAdmin(core.dsl(), core.outbox(), core.clock()).createFromPassword(ADMIN_PASSWORD);
        new Accounts(core.dsl(), core.outbox(), core.clock(), Duration.ofHours(72))
                .invite(TestActors.ADMIN, "fatou", "Fatou Camara", new AccountAccess(Set.of(Role.TRANSLATOR), Set.of(), Set.of("en")));
        Edition edition = EditionFixtures.make(core, EditionScope.chapter("guinea"), List.of("fr"), TestActors.ADMIN,
                new TitleRenderer(EditionFormat.PDF), new TitleRenderer(EditionFormat.OFFLINE));
        if (edition.state() != EditionState.READY) {
            throw new IllegalStateException("the edition was not made: " + edition);
        }
        return core;
    }

    /** What a first start leaves: the shipped Guinea chapter installed by the application, and the first admin. */
    static CoreServices firstStart(CoreServices core, Path dataDir) {
        try {
            Actor system = Actor.system("system");
            ChapterLifecycle lifecycle = core.newLifecycle();
            ChapterFolders folders = ChapterFolders.in(dataDir);
            InstallPlan plan = lifecycle.prepare("guinea.jar", Files.readAllBytes(TestChapterJars.guinea()), folders, List.of(), system);
            lifecycle.apply(plan.id(), Answers.none(), folders, system);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.proximite.chapter.format.ChapterRefusedException e) {
            throw new IllegalStateException(e);
        }
        new FirstAdmin(core.dsl(), core.outbox(), core.clock()).createFromPassword(ADMIN_PASSWORD);
        return core;
    }

    static BackupExport export(CoreServices core) {
        return new BackupExport(core.dsl(), core.clock());
    }

    /** An import whose instance follows it through its outbox follower, as the application's does: chapters reconciled. */
    static BackupImport importer(CoreServices core, ChapterLoader loader) {
        return importer(core, new org.proximite.core.chapter.running.ChapterFollower(loader));
    }

    /** An import followed at once by a follower that hands the outbox's news to {@code listeners}. */
    static BackupImport importer(CoreServices core, org.proximite.core.outbox.OutboxListener... listeners) {
        var follower = new org.proximite.core.outbox.OutboxFollower(core.outbox(), List.of(listeners), java.time.Duration.ofSeconds(1));
        follower.poll();
        return new BackupImport(core.dsl(), core.outbox(), follower::poll);
    }

    static byte[] exportBytes(CoreServices core) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            export(core).export(out, TestActors.ADMIN, progress -> {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The entries of a bundle by name, in the order of the zip. */
    static Map<String, byte[]> entries(byte[] bundle) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bundle))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    static String text(Map<String, byte[]> entries, String name) {
        return new String(entries.get(name), StandardCharsets.UTF_8);
    }

    /** The number of rows of every table of the schema, by name: what an import that was refused must leave as it was. */
    static Map<String, Integer> rowCounts(DSLContext dsl) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Table<?> table : org.proximite.db.jooq.DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            if (table.getTableType() == org.jooq.TableOptions.TableType.TABLE) {
                counts.put(BundleTables.name(table), dsl.fetchCount(table));
            }
        }
        return counts;
    }

    static Path write(Path folder, String name, byte[] bytes) throws IOException {
        return Files.write(folder.resolve(name), bytes);
    }

    /** Writes the practices' titles of the snapshot: enough to find the edition's file again. */
    record TitleRenderer(EditionFormat format) implements EditionRenderer {
        @Override
        public byte[] render(org.proximite.core.edition.EditionSnapshot snapshot) {
            return String.join("\n", snapshot.practices().stream().map(page -> page.shown().text().title()).toList()).getBytes(StandardCharsets.UTF_8);
        }
    }
}
