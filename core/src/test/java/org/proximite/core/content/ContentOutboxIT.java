package org.proximite.core.content;

import static org.proximite.core.testing.TestActors.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.chapter.ChapterFolders;
import org.proximite.core.editing.StaleEditException;
import org.proximite.core.outbox.ChangeKind;
import org.proximite.core.outbox.OutboxEvent;
import org.proximite.core.practice.PracticeDraft;
import org.proximite.core.testing.ContentFixtures;
import org.proximite.core.testing.CoreServices;
import org.proximite.core.testing.TestChapterJars;
import org.proximite.core.testing.TestDatabase;

/** Every write of content leaves exactly one outbox event per change, in its transaction, and none when it rolls back. */
class ContentOutboxIT {

    @TempDir
    Path dataDir;

    private CoreServices withGuinea(TestDatabase database) throws IOException {
        CoreServices core = CoreServices.on(database);
        core.install(TestChapterJars.guinea(), dataDir);
        return core;
    }

    private static List<OutboxEvent> after(CoreServices core, long position) {
        return core.outbox().after(position, 10_000);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aChapterInstallLeavesOneEventPerItemAndPerText(TestDatabase database) throws IOException {
        CoreServices core = withGuinea(database);

        List<OutboxEvent> events = after(core, 0);

        int items = ContentFixtures.items(core.dsl(), ItemKind.PRACTICE) + ContentFixtures.items(core.dsl(), ItemKind.INITIATIVE);
        int texts = ContentFixtures.texts(core.dsl(), ItemKind.PRACTICE) + ContentFixtures.texts(core.dsl(), ItemKind.INITIATIVE);
        assertThat(events).filteredOn(event -> event.kind() == ChangeKind.ITEM_CREATED).hasSize(items);
        assertThat(events).filteredOn(event -> event.kind() == ChangeKind.TEXT_SAVED).hasSize(texts);
        assertThat(events).extracting(OutboxEvent::position).isSorted().doesNotHaveDuplicates();
        assertThat(events).filteredOn(event -> !event.isChapterChange()).allSatisfy(event -> assertThat(event.actor()).isEqualTo("chapter"));
        assertThat(events).filteredOn(OutboxEvent::isChapterChange).extracting(OutboxEvent::kind).containsExactly(ChangeKind.CHAPTER_INSTALLED);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anEditorsSaveOfOneLanguageLeavesOneEventNamingTheLanguageVersionAndPerson(TestDatabase database) throws IOException {
        CoreServices core = withGuinea(database);
        long before = core.outbox().lastPosition();

        ContentFixtures.editPractice(core, "local-security-plan", "en", "title", "Our local security plan");

        assertThat(after(core, before)).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(ChangeKind.TEXT_SAVED);
            assertThat(event.itemKind()).isEqualTo("PRACTICE");
            assertThat(event.itemKey()).isEqualTo("local-security-plan");
            assertThat(event.language()).isEqualTo("en");
            assertThat(event.version()).isEqualTo(2);
            assertThat(event.actor()).isEqualTo("coordinator");
            assertThat(event.chapterId()).isEqualTo("guinea");
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSaveThatRollsBackLeavesNoEventAndNoChange(TestDatabase database) throws IOException {
        CoreServices core = withGuinea(database);
        PracticeDraft mine = core.practiceEditing().load("local-security-plan");
        ContentFixtures.editPractice(core, "local-security-plan", "en", "title", "A colleague's title");
        long before = core.outbox().lastPosition();
        String frenchBefore = core.practices().find("local-security-plan", "fr", false).orElseThrow().shown().text().title();

        // French first (saved), then English (stale): the whole save rolls back.
        PracticeDraft both = mine.withItem(ContentFixtures.withField(ItemKind.PRACTICE,
                ContentFixtures.withField(ItemKind.PRACTICE, mine.item(), "fr", "title", "Nouveau titre"), "en", "title", "New title"));
        assertThatThrownBy(() -> core.practiceEditing().save(both, ContentFixtures.COORDINATOR)).isInstanceOf(StaleEditException.class);

        assertThat(core.outbox().lastPosition()).isEqualTo(before);
        assertThat(after(core, before)).isEmpty();
        assertThat(core.practices().find("local-security-plan", "fr", false).orElseThrow().shown().text().title()).isEqualTo(frenchBefore);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void removingAChapterKeepingItsContentArchivesEachItemWithOneEvent(TestDatabase database) throws Exception {
        CoreServices core = CoreServices.on(database);
        var lifecycle = core.newLifecycle();
        ChapterFolders folders = ChapterFolders.in(dataDir);
        lifecycle.apply(lifecycle.prepare("guinea.jar", Files.readAllBytes(TestChapterJars.guinea()), folders, List.of(), ADMIN).id(),
                org.proximite.core.chapter.installing.Answers.none(), folders, ADMIN);
        long before = core.outbox().lastPosition();

        lifecycle.uninstall("guinea", true, folders, ADMIN);

        int items = ContentFixtures.items(core.dsl(), ItemKind.PRACTICE) + ContentFixtures.items(core.dsl(), ItemKind.INITIATIVE);
        assertThat(after(core, before)).filteredOn(event -> event.kind() == ChangeKind.ITEM_ARCHIVED).hasSize(items)
                .allSatisfy(event -> assertThat(event.actor()).isEqualTo("admin"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void savingAnUnchangedTextWritesNothing(TestDatabase database) throws IOException {
        CoreServices core = withGuinea(database);
        long before = core.outbox().lastPosition();

        var saved = core.practiceEditing().save(core.practiceEditing().load("local-security-plan"), ContentFixtures.COORDINATOR);

        assertThat(after(core, before)).isEmpty();
        assertThat(saved.draft().item().texts().get("fr").version()).isEqualTo(1);
    }
}
