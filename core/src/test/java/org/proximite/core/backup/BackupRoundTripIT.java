package org.proximite.core.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.proximite.core.backup.BackupInstances.entries;
import static org.proximite.core.backup.BackupInstances.exportBytes;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.account.AccountAccess;
import org.proximite.core.account.AccountDirectory;
import org.proximite.core.account.Accounts;
import org.proximite.core.actor.Role;
import org.proximite.core.backup.BackupProgress.Step;
import org.proximite.core.chapter.ChapterAction;
import org.proximite.core.content.RevisionNote;
import org.proximite.core.testing.ChapterInstance;
import org.proximite.core.testing.CoreServices;
import org.proximite.core.testing.TestActors;
import org.proximite.core.testing.TestDatabase;
import org.proximite.core.workflow.Revisions;
import tools.jackson.databind.node.ObjectNode;

/**
 * Export, import into an empty instance, export again: the same bundle, byte for byte apart from
 * the manifest's {@code createdAt}, from H2 to PostgreSQL and back.
 */
class BackupRoundTripIT {

    @TempDir
    Path source;
    @TempDir
    Path target;
    @TempDir
    Path files;

    @Test
    void anInstanceMovedFromH2ToPostgresExportsTheSameBundleAgain() throws Exception {
        byte[] first = exportBytes(BackupInstances.workedIn(CoreServices.on(TestDatabase.H2), source));

        CoreServices postgres = BackupInstances.firstStart(CoreServices.on(TestDatabase.POSTGRES), target);
        List<BackupProgress> heard = new ArrayList<>();
        try (ChapterInstance instance = ChapterInstance.start(postgres, target)) {
            ImportResult result = BackupInstances.importer(postgres, instance.loader())
                    .importBundle(BackupInstances.write(files, "bundle.zip", first), TestActors.ADMIN, heard::add);

            assertThat(result.rows()).isGreaterThan(500);
            assertThat(instance.loader().startedChapters()).containsExactly("guinea");
        }
        byte[] second = exportBytes(postgres);

        assertSameApartFromCreatedAt(first, second);
        assertThat(heard).extracting(BackupProgress::step).contains(Step.CHECKING, Step.WRITING, Step.DONE);
        assertThat(heard.getLast()).isEqualTo(new BackupProgress(Step.DONE, heard.getLast().total(), heard.getLast().total()));
        assertThat(postgres.practices().find("local-security-council", "fr", true).orElseThrow().shown().text().title())
                .isEqualTo("Conseil local de sécurité, revu à Conakry");
        assertThat(new AccountDirectory(postgres.dsl()).find("fatou")).isPresent();
        assertThat(new Revisions(postgres.dsl(), postgres.writer()).list(ItemKind.PRACTICE, BackupInstances.IMPORTED, "fr").getFirst().note())
                .as("the import's note in the history came along")
                .isEqualTo(new RevisionNote(RevisionNote.IMPORTED, List.of("2", "0", "", "0", "", "0", "")));
        assertThat(new AccountDirectory(postgres.dsl()).find("admin").orElseThrow().passwordHash()).startsWith("{argon2}");
    }

    @Test
    void anInstanceMovedFromPostgresToH2ExportsTheSameBundleAgain() throws Exception {
        byte[] first = exportBytes(BackupInstances.workedIn(CoreServices.on(TestDatabase.POSTGRES), source));
        CoreServices h2 = CoreServices.on(TestDatabase.H2);

        BackupInstances.importer(h2, h2.newLoader()).importBundle(BackupInstances.write(files, "bundle.zip", first), TestActors.ADMIN, p -> {});

        assertSameApartFromCreatedAt(first, exportBytes(h2));
    }

    @Test
    void newRowsAfterAnImportGetNewIdsOnBothDatabases() throws Exception {
        byte[] bundle = exportBytes(BackupInstances.workedIn(CoreServices.on(TestDatabase.H2), source));
        for (TestDatabase database : TestDatabase.values()) {
            CoreServices core = CoreServices.on(database);
            BackupInstances.importer(core, core.newLoader()).importBundle(BackupInstances.write(files, database + ".zip", bundle), TestActors.ADMIN,
                    p -> {});

            new Accounts(core.dsl(), core.outbox(), core.clock(), Duration.ofHours(72))
                    .invite(TestActors.ADMIN, "moussa", "Moussa", AccountAccess.of(Role.COORDINATOR));
            core.events().record("guinea", "guinea.jar", ChapterAction.RESTORE, true, null, "1.0.0", List.of(), "admin");
            long lastImported = core.outbox().lastPosition();
            org.proximite.core.testing.ContentFixtures.editPractice(core, "local-security-council", "en", "title", "Local council, again");

            assertThat(new AccountDirectory(core.dsl()).find("moussa")).as(database.name()).isPresent();
            assertThat(core.outbox().after(lastImported, 10)).as(database.name()).isNotEmpty();
        }
    }

    /**
     * Every table file is the same, byte for byte, but for the import's own event at the end of
     * the second's outbox; the manifests differ only by their createdAt and that event.
     */
    static void assertSameApartFromCreatedAt(byte[] first, byte[] second) throws Exception {
        Map<String, byte[]> a = entries(first);
        Map<String, byte[]> b = entries(second);
        assertThat(b.keySet()).containsExactlyElementsOf(a.keySet());
        for (String name : a.keySet()) {
            if (!name.equals(Manifest.FILE)) {
                String secondText = new String(b.get(name), java.nio.charset.StandardCharsets.UTF_8);
                if (name.contains("outbox_event")) {
                    List<String> lines = secondText.lines().toList();
                    assertThat(lines.getLast()).as("the import's event, last").contains("\"BUNDLE_IMPORTED\"");
                    secondText = lines.subList(0, lines.size() - 1).stream().map(line -> line + "\n").collect(java.util.stream.Collectors.joining());
                }
                assertThat(secondText).as(name).isEqualTo(new String(a.get(name), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        ObjectNode manifestA = (ObjectNode) ManifestJson.JSON.readTree(a.get(Manifest.FILE));
        ObjectNode manifestB = (ObjectNode) ManifestJson.JSON.readTree(b.get(Manifest.FILE));
        assertThat(manifestA.get("createdAt").stringValue()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z");
        manifestA.remove("createdAt");
        manifestB.remove("createdAt");
        for (ObjectNode manifest : List.of(manifestA, manifestB)) {
            manifest.get("tables").forEach(table -> {
                if (table.get("name").stringValue().equals("outbox_event")) {
                    ((ObjectNode) table).remove(List.of("rows", "sha256"));
                }
            });
        }
        assertThat(manifestB).isEqualTo(manifestA);
        assertThat(manifestA.get("tables").size()).isEqualTo(BundleTables.exported().size());
        assertThat(Set.copyOf(a.keySet())).contains("tables/outbox_event.jsonl", "tables/edition_file.jsonl", "tables/app_user.jsonl");
    }
}
