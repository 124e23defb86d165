package org.proximite.core.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.proximite.core.actor.NotAllowedException;
import org.proximite.core.testing.ContentFixtures;
import org.proximite.core.testing.CoreServices;
import org.proximite.core.testing.TestActors;
import org.proximite.core.testing.TestDatabase;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Damaged, forged or foreign bundles, and instances that cannot take one: a refusal code, and the database as it was. */
class BackupRefusalsIT {

    private static final String TEXTS = "tables/content_text.jsonl";
    private static final String FIELDS = "tables/content_revision_field.jsonl";

    @TempDir
    static Path sourceDir;
    @TempDir
    Path target;
    @TempDir
    Path files;

    private static byte[] bundle;

    @BeforeAll
    static void exportAnInstancePeopleWorkedIn() {
        bundle = BackupInstances.exportBytes(BackupInstances.workedIn(CoreServices.on(TestDatabase.H2), sourceDir));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void refusesATruncatedBundle(TestDatabase database) throws Exception {
        assertRefusedAndNothingWritten(database, Arrays.copyOf(bundle, bundle.length / 2), BackupRefusedException.UNREADABLE);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void refusesABundleWhoseTableFileWasChanged(TestDatabase database) throws Exception {
        byte[] tampered = rewrite(bundle, Map.of(FIELDS, text -> text.replace("Conseil local de sécurité, revu à Conakry", "Conseil falsifié")), false);

        assertRefusedAndNothingWritten(database, tampered, BackupRefusedException.CHECKSUM, FIELDS);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void refusesAFormatVersionItDoesNotKnow(TestDatabase database) throws Exception {
        byte[] future = rewrite(bundle, Map.of(Manifest.FILE, manifest -> manifest.replace("\"formatVersion\" : 1", "\"formatVersion\" : 99")), false);

        assertRefusedAndNothingWritten(database, future, BackupRefusedException.FORMAT, "proximite-bundle 99", "proximite-bundle 1");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void refusesABundleOfAnotherSchema(TestDatabase database) throws Exception {
        String[] lastHere = new String[1];
        byte[] newer = rewrite(bundle, Map.of(Manifest.FILE, manifest -> {
            ObjectNode root = (ObjectNode) ManifestJson.JSON.readTree(manifest);
            ArrayNode schema = (ArrayNode) root.get("schema");
            lastHere[0] = schema.get(schema.size() - 1).asString();
            schema.add("proximite:999-tomorrow");
            return root.toString();
        }), false);

        // The refusal names the bundle's change set this instance lacks, and this instance's last one.
        assertRefusedAndNothingWritten(database, newer, BackupRefusedException.SCHEMA, "proximite:999-tomorrow", lastHere[0]);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void refusesAForgedRowHalfWayAndKeepsNothingOfWhatWasWritten(TestDatabase database) throws Exception {
        // The checksums agree with the forged file: the refusal comes while writing, after other tables were written.
        byte[] forged = rewrite(bundle, Map.of(TEXTS, text -> text.replaceFirst("\\{\"item_id\":\\d+,", "{\"item_id\":\"one\",")), true);

        assertRefusedAndNothingWritten(database, forged, BackupRefusedException.ROW, "content_text", "1", "item_id");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void refusesARowThatBreaksTheDatabasesRulesAndKeepsNothing(TestDatabase database) throws Exception {
        byte[] forged = rewrite(bundle, Map.of(TEXTS, text -> text.replaceFirst("\\{\"item_id\":\\d+,", "{\"item_id\":987654,")), true);

        BackupRefusedException refusal = refusal(database, forged);

        assertThat(refusal.code()).isEqualTo(BackupRefusedException.ROW);
        assertThat(refusal.arguments().getFirst()).isEqualTo("content_text");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void refusesAnInstanceWherePeopleChangedSomething(TestDatabase database) throws Exception {
        CoreServices core = BackupInstances.firstStart(CoreServices.on(database), target);
        ContentFixtures.editPractice(core, "local-security-council", "fr", "title", "Titre revu ici");
        Map<String, Integer> before = BackupInstances.rowCounts(core.dsl());
        BackupImport importer = BackupInstances.importer(core, core.newLoader());

        assertThat(importer.readiness(TestActors.ADMIN).ready()).isFalse();
        assertThatThrownBy(() -> importer.importBundle(BackupInstances.write(files, "b.zip", bundle), TestActors.ADMIN, p -> {}))
                .isInstanceOfSatisfying(BackupRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo(BackupRefusedException.NOT_EMPTY);
                    assertThat(e.arguments()).containsExactly("1", "0");
                });
        assertThat(BackupInstances.rowCounts(core.dsl())).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void onlyAdminsExportAndImport(TestDatabase database) throws Exception {
        CoreServices core = BackupInstances.firstStart(CoreServices.on(database), target);
        Map<String, Integer> before = BackupInstances.rowCounts(core.dsl());
        Path file = BackupInstances.write(files, "b.zip", bundle);

        assertThatThrownBy(() -> BackupInstances.export(core).export(new ByteArrayOutputStream(), ContentFixtures.COORDINATOR, p -> {}))
                .isInstanceOfSatisfying(NotAllowedException.class, e -> assertThat(e.code()).isEqualTo("denied.role"));
        assertThatThrownBy(() -> BackupInstances.importer(core, core.newLoader()).importBundle(file, ContentFixtures.COORDINATOR, p -> {}))
                .isInstanceOfSatisfying(NotAllowedException.class, e -> assertThat(e.arguments()).containsExactly("ADMIN"));
        assertThat(BackupInstances.rowCounts(core.dsl())).isEqualTo(before);
    }

    private void assertRefusedAndNothingWritten(TestDatabase database, byte[] bytes, String code, String... arguments) throws Exception {
        BackupRefusedException refusal = refusal(database, bytes);

        assertThat(refusal.code()).isEqualTo(code);
        if (arguments.length > 0) {
            assertThat(refusal.arguments()).containsExactly(arguments);
        }
    }

    /** The refusal of an import of {@code bytes} into a fresh instance, checking that its database stayed as it was. */
    private BackupRefusedException refusal(TestDatabase database, byte[] bytes) throws IOException {
        CoreServices core = BackupInstances.firstStart(CoreServices.on(database), target);
        Map<String, Integer> before = BackupInstances.rowCounts(core.dsl());
        long head = core.outbox().lastPosition();
        BackupImport importer = BackupInstances.importer(core, core.newLoader());
        Path file = BackupInstances.write(files, "bundle.zip", bytes);

        BackupRefusedException refusal = org.junit.jupiter.api.Assertions.assertThrows(BackupRefusedException.class,
                () -> importer.importBundle(file, TestActors.ADMIN, p -> {}));

        assertThat(BackupInstances.rowCounts(core.dsl())).isEqualTo(before);
        assertThat(core.outbox().lastPosition()).isEqualTo(head);
        assertThat(core.practices().find("local-security-council", "fr", true)).isPresent();
        assertThat(importer.readiness(TestActors.ADMIN).ready()).as("a refused import leaves the instance open to the next one").isTrue();
        return refusal;
    }

    /**
     * The bundle with some entries' text rewritten; with {@code fixChecksums}, the manifest then
     * agrees with the new files, as a forger would make it.
     */
    static byte[] rewrite(byte[] bundle, Map<String, UnaryOperator<String>> changes, boolean fixChecksums) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(BackupInstances.entries(bundle));
        changes.forEach((name, change) -> entries.put(name, change.apply(new String(entries.get(name), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8)));
        if (fixChecksums) {
            ObjectNode manifest = (ObjectNode) ManifestJson.JSON.readTree(entries.get(Manifest.FILE));
            for (var table : manifest.get("tables").values()) {
                byte[] file = entries.get(table.get("file").stringValue());
                ((ObjectNode) table).put("sha256", HexFormat.of().formatHex(BackupExport.sha256().digest(file)));
            }
            entries.put(Manifest.FILE, manifest.toString().getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

}
