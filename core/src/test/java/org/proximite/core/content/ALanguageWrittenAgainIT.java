package org.proximite.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.actor.Actor;
import org.proximite.core.actor.Role;
import org.proximite.core.practice.PracticeDraft;
import org.proximite.core.testing.CoreServices;
import org.proximite.core.testing.TestChapterJars;
import org.proximite.core.testing.TestDatabase;
import org.proximite.core.workflow.Revisions;

/** A translation removed, then written again: it starts a new story, and nothing stands in its way. */
class ALanguageWrittenAgainIT {

    private static final String SLUG = "local-security-plan";
    private static final Actor COORDINATOR = Actor.user("mariama", Set.of(Role.COORDINATOR));

    @TempDir
    Path plugins;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTranslationRemovedAndWrittenAgainIsSavedAsItsFirstVersion(TestDatabase database) throws IOException {
        CoreServices core = CoreServices.on(database);
        core.install(TestChapterJars.guinea(), plugins);
        PracticeDraft loaded = core.practiceEditing().load(SLUG);
        ItemText english = loaded.item().text("en");
        assertThat(english.isBlank()).isFalse();

        PracticeDraft removed = core.practiceEditing().save(loaded.withItem(loaded.item().withText("en", ItemText.EMPTY)), COORDINATOR).draft();
        assertThat(core.practiceEditing().load(SLUG).item().texts()).doesNotContainKey("en");

        core.practiceEditing().save(removed.withItem(removed.item().withText("en", english)), COORDINATOR);

        LanguageText again = core.practiceEditing().load(SLUG).item().texts().get("en");
        assertThat(again.text()).isEqualTo(english);
        assertThat(again.version()).isEqualTo(1);
        assertThat(new Revisions(core.dsl(), core.writer()).list(ItemKind.PRACTICE, SLUG, "en")).hasSize(1);
    }
}
