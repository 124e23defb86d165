package org.proximite.core.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.proximite.core.outbox.ChangeKind;
import org.proximite.core.outbox.OutboxEvent;
import org.proximite.core.outbox.OutboxFollower;
import org.proximite.core.testing.ContentFixtures;
import org.proximite.core.testing.CoreServices;
import org.proximite.core.testing.TestActors;
import org.proximite.core.testing.TestDatabase;

/**
 * An import is one event in the outbox, past every position before it: the importing instance and
 * every other one hear it, and it alone, never the bundle's history as news; what follows it is
 * heard as usual.
 */
class ImportHeardThroughTheOutboxIT {

    @TempDir
    Path source;
    @TempDir
    Path target;
    @TempDir
    Path files;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void everyInstanceHearsTheImportAloneThenTheChangesAfterIt(TestDatabase database) throws Exception {
        byte[] bundle = BackupInstances.exportBytes(BackupInstances.workedIn(CoreServices.on(database), source));
        CoreServices core = BackupInstances.firstStart(CoreServices.on(database), target);
        List<OutboxEvent> heardHere = new ArrayList<>();
        List<OutboxEvent> heardElsewhere = new ArrayList<>();
        OutboxFollower elsewhere = new OutboxFollower(core.outbox(), List.of(heardElsewhere::addAll), Duration.ofSeconds(1));
        elsewhere.poll();
        long before = core.outbox().lastPosition();

        BackupInstances.importer(core, heardHere::addAll).importBundle(BackupInstances.write(files, "bundle.zip", bundle), TestActors.ADMIN, p -> {});
        elsewhere.poll();

        assertThat(core.outbox().after(before, 100_000)).as("the bundle brought history past the followers' positions").hasSizeGreaterThan(1);
        assertThat(heardHere).extracting(OutboxEvent::kind).containsExactly(ChangeKind.BUNDLE_IMPORTED);
        assertThat(heardElsewhere).extracting(OutboxEvent::kind).containsExactly(ChangeKind.BUNDLE_IMPORTED);
        assertThat(heardElsewhere.getFirst().position()).isEqualTo(core.outbox().lastPosition()).isGreaterThan(before);
        assertThat(heardElsewhere.getFirst().actor()).isEqualTo(TestActors.ADMIN.name());

        ContentFixtures.editPractice(core, "local-security-council", "en", "title", "Local council, after the import");
        elsewhere.poll();

        assertThat(heardElsewhere.subList(1, heardElsewhere.size())).isNotEmpty()
                .allSatisfy(event -> assertThat(event.position()).isGreaterThan(heardElsewhere.getFirst().position()))
                .anyMatch(event -> "local-security-council".equals(event.itemKey()));
    }
}
