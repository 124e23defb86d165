package org.proximite.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.proximite.core.practice.PracticeFilter;
import org.proximite.core.testing.ContentFixtures;
import org.proximite.core.testing.CoreServices;
import org.proximite.core.testing.CountedStatements;
import org.proximite.core.testing.TestChapterJars;
import org.proximite.core.testing.TestDatabase;

/**
 * Reading a page or a list takes a fixed number of statements, whatever the number of items,
 * languages or themes: queries are set-based, never one per row.
 */
class ReadStatementsIT {

    /** The most statements one practice page may take (item, texts, level, themes, resources, sources, outcomes, links, adaptations). */
    static final int PAGE_STATEMENTS = 12;
    /** The most statements one page of the practice list may take (cards, themes and their labels). */
    static final int LIST_STATEMENTS = 3;

    @TempDir
    Path plugins;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPracticePageAndTheListTakeAFixedNumberOfStatements(TestDatabase database) throws IOException {
        CountedStatements statements = new CountedStatements(database);
        CoreServices core = CoreServices.on(statements.dsl());
        core.install(TestChapterJars.guinea(), plugins);

        int page = count(statements, () -> core.practices().find("local-security-council", "en", false).orElseThrow());
        int list = count(statements, () -> core.practices().list(PracticeFilter.published("en")));
        ContentFixtures.editPractice(core, "local-security-council", "en", "body", "Longer text.\n\n- one\n- two");
        for (int i = 0; i < 5; i++) {
            core.practiceEditing().save(ContentFixturesForReads.frenchPractice("extra-practice-" + i), ContentFixtures.COORDINATOR);
        }

        assertThat(page).isLessThanOrEqualTo(PAGE_STATEMENTS);
        assertThat(list).isLessThanOrEqualTo(LIST_STATEMENTS);
        assertThat(count(statements, () -> core.practices().find("local-security-council", "en", false).orElseThrow())).isEqualTo(page);
        assertThat(count(statements, () -> core.practices().list(PracticeFilter.published("en")))).as("15 practices, not 10").isEqualTo(list);
        System.out.printf("Statements per read: one practice page %d, the practice list %d%n", page, list);
    }

    private static int count(CountedStatements statements, Supplier<?> read) {
        return statements.of(read::get);
    }

    /** New practices written on the site, in French only. */
    static final class ContentFixturesForReads {

        static org.proximite.core.practice.PracticeDraft frenchPractice(String slug) {
            ItemDraft item = ItemDraft.blank("fr").with(slug, "fr", false, java.util.List.of("dialogue-and-trust"))
                    .withText("fr", ItemText.of(org.proximite.chapter.format.ItemKind.PRACTICE,
                            java.util.Map.of("title", "Pratique " + slug, "summary", "Résumé.")))
                    .withState("fr", TextState.PUBLISHED);
            return new org.proximite.core.practice.PracticeDraft(item, org.proximite.chapter.api.EvidenceLevel.PRACTICE_BASED);
        }
    }
}
