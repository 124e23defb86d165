package org.proximite.core.chapter;

import static org.proximite.core.testing.TestActors.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.proximite.db.jooq.Tables.CHAPTER;
import static org.proximite.db.jooq.Tables.CHAPTER_TERM;
import static org.proximite.db.jooq.Tables.ITEM_ADAPTATION;
import static org.proximite.db.jooq.Tables.UI_MESSAGE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.proximite.chapter.format.ChapterRefusedException;
import org.proximite.core.chapter.running.LoadReport;
import org.proximite.core.testing.CoreServices;
import org.proximite.core.testing.TestChapterJars;
import org.proximite.core.testing.TestDatabase;

/** The Guinea-Bissau example chapter adapts Guinea's practices and adds Portuguese. */
class AdaptingChapterIT {

    @TempDir
    Path dataDir;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void importsAfterTheChapterItDependsOnWithAdaptationsTermsAndInterfaceTexts(TestDatabase database) throws IOException {
        CoreServices core = CoreServices.on(database);
        core.install(TestChapterJars.guinea(), dataDir);
        core.install(TestChapterJars.guineaBissau(), dataDir);

        // A restart loads them in dependency order, whatever the folder's order.
        LoadReport report = core.newLoader().loadAll(ChapterFolders.in(dataDir).plugins());

        assertThat(report.failed()).isEmpty();
        assertThat(report.started()).containsExactly("guinea", "guinea-bissau");
        assertThat(core.dsl().fetchCount(ITEM_ADAPTATION, ITEM_ADAPTATION.CHAPTER_ID.eq("guinea-bissau")
                .and(ITEM_ADAPTATION.FIELD_NAME.eq("rationale")).and(ITEM_ADAPTATION.LANGUAGE_CODE.eq("pt")))).isGreaterThanOrEqualTo(4);
        assertThat(core.dsl().fetchCount(CHAPTER_TERM, CHAPTER_TERM.CHAPTER_ID.eq("guinea-bissau"))).isPositive();
        assertThat(core.dsl().fetchValue(UI_MESSAGE.MESSAGE, UI_MESSAGE.LANGUAGE_CODE.eq("pt").and(UI_MESSAGE.MESSAGE_KEY.eq("nav.practices"))))
                .isEqualTo("Práticas");
        assertThat(core.dsl().fetchValue(CHAPTER.BRAND_COLOUR, CHAPTER.ID.eq("guinea-bissau"))).matches("#[0-9A-Fa-f]{6}");
        assertThat(core.chapters().list("pt")).extracting(ChapterSummary::id).containsExactly("guinea", "guinea-bissau");
        assertThat(core.initiatives().list("pt", "guinea-bissau", false)).as("the example's initiatives are not published").isEmpty();
        assertThat(core.initiatives().list("pt", "guinea-bissau", true)).as("editors see them, planned, each titled as an example")
                .isNotEmpty().allSatisfy(card -> {
                    assertThat(card.planned()).isTrue();
                    assertThat(card.title()).startsWith("Exemplo");
                });
        assertThat(core.initiatives().list("fr", "guinea", false)).noneSatisfy(card -> assertThat(card.planned()).isTrue());

        assertThat(core.chapters().terms("en").get("guinea-bissau")).anySatisfy(term -> {
            assertThat(term.key()).isEqualTo("local-security-council");
            assertThat(term.language()).isEqualTo("en");
        });
        assertThat(core.chapters().terms("es").get("guinea-bissau")).as("falls back to the chapter's default language")
                .allSatisfy(term -> assertThat(term.language()).isEqualTo("pt"));

        var inPortuguese = core.practices().find("local-security-council", "pt", false).orElseThrow();
        assertThat(inPortuguese.shown().fallback()).as("Guinea wrote no Portuguese text").isTrue();
        assertThat(inPortuguese.adaptations()).singleElement().satisfies(adaptation -> {
            assertThat(adaptation.chapterId()).isEqualTo("guinea-bissau");
            assertThat(adaptation.language()).isEqualTo("pt");
            assertThat(adaptation.rationale()).isNotBlank();
            assertThat(adaptation.fields()).containsKey("title");
        });
        assertThat(core.practices().find("local-security-council", "en", false).orElseThrow().adaptations())
                .singleElement().satisfies(adaptation -> assertThat(adaptation.language()).isEqualTo("en"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void isRefusedWithoutTheChapterItAdapts(TestDatabase database) throws IOException {
        CoreServices core = CoreServices.on(database);

        assertThatThrownBy(() -> core.newLifecycle().prepare("guinea-bissau.jar", Files.readAllBytes(TestChapterJars.guineaBissau()),
                        ChapterFolders.in(dataDir), List.of(), ADMIN))
                .isInstanceOfSatisfying(ChapterRefusedException.class, e -> assertThat(e.reasons()).first().satisfies(reason -> {
                    assertThat(LifecycleReason.DEPENDENCY_MISSING.is(reason)).isTrue();
                    assertThat(reason.arguments()).first().isEqualTo("guinea");
                }));
        assertThat(core.dsl().fetchCount(CHAPTER)).isZero();
    }
}
