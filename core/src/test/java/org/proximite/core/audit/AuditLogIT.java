package org.proximite.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.proximite.core.testing.TestActors.ADMIN;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.actor.Actor;
import org.proximite.core.actor.NotAllowedException;
import org.proximite.core.actor.Role;
import org.proximite.core.content.PageRequest;
import org.proximite.core.outbox.ChangeKind;
import org.proximite.core.testing.ContentFixtures;
import org.proximite.core.testing.CoreServices;
import org.proximite.core.testing.TestChapterJars;
import org.proximite.core.testing.TestDatabase;
import org.proximite.core.workflow.TextWorkflow;
import org.proximite.core.workflow.Transition;

/** The audit log tells who did what and when, newest first, filtered, and only to admins. */
class AuditLogIT {

    private static final Actor AISSATOU = Actor.user("aissatou", Set.of(Role.COORDINATOR));

    @TempDir
    Path plugins;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void tellsTheStoryOfAPracticeNewestFirstAndFiltersIt(TestDatabase database) throws IOException {
        CoreServices core = CoreServices.on(database);
        core.install(TestChapterJars.guinea(), plugins);
        OffsetDateTime beforeEditing = OffsetDateTime.now();
        ContentFixtures.editPractice(core, "local-security-plan", "en", "title", "Local safety plan");
        var english = core.practiceEditing().load("local-security-plan").item().texts().get("en");
        new TextWorkflow(core.dsl(), core.writer()).move(new TextWorkflow.TextAt(ItemKind.PRACTICE, "local-security-plan", "en", english.version()),
                Transition.ARCHIVE, null, AISSATOU);
        AuditLog log = new AuditLog(core.dsl());

        var all = log.entries(AuditFilter.everything(), new PageRequest(0, 5), ADMIN);
        assertThat(all.total()).isGreaterThan(5);
        assertThat(all.items()).hasSize(5);
        assertThat(all.items().getFirst().kind()).as("the newest first").isEqualTo("TEXT_ARCHIVED");
        assertThat(all.items().getFirst().actor()).isEqualTo("aissatou");
        assertThat(all.items()).extracting(AuditEntry::position).isSortedAccordingTo((a, b) -> Long.compare(b, a));

        var aboutThePractice = log.entries(new AuditFilter(null, Set.of(), "local-security-plan", beforeEditing, null), PageRequest.all(), ADMIN);
        assertThat(aboutThePractice.items()).extracting(AuditEntry::kind).containsExactly("TEXT_ARCHIVED", "TEXT_SAVED");
        assertThat(aboutThePractice.items()).extracting(AuditEntry::language).containsOnly("en");

        var installs = log.entries(new AuditFilter(null, Set.of(ChangeKind.CHAPTER_INSTALLED), null, null, null), PageRequest.all(), ADMIN);
        assertThat(installs.items()).singleElement().satisfies(entry -> assertThat(entry.itemKey()).isEqualTo("guinea"));
        assertThat(log.entries(new AuditFilter("nobody", Set.of(), null, null, null), PageRequest.all(), ADMIN).total()).isZero();
        assertThat(log.entries(new AuditFilter(null, Set.of(), null, null, beforeEditing), PageRequest.all(), ADMIN).items())
                .extracting(AuditEntry::actor).doesNotContain("aissatou");

        List<AuditEntry> exported = new ArrayList<>();
        log.forEach(AuditFilter.everything(), ADMIN, exported::add);
        assertThat(exported).hasSize((int) all.total());
        assertThat(exported.getFirst()).isEqualTo(all.items().getFirst());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void onlyAdminsReadIt(TestDatabase database) {
        AuditLog log = new AuditLog(database.freshDsl());
        for (Actor actor : List.of(AISSATOU, Actor.user("reviewer", Set.of(Role.REVIEWER)), Actor.user("reader", Set.of()))) {
            assertThatThrownBy(() -> log.entries(AuditFilter.everything(), PageRequest.all(), actor)).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> log.forEach(AuditFilter.everything(), actor, entry -> { })).isInstanceOf(NotAllowedException.class);
        }
    }
}
