package org.proximite.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.proximite.db.jooq.Tables.OUTBOX_EVENT;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.actor.Actor;
import org.proximite.core.actor.NotAllowedException;
import org.proximite.core.actor.Role;
import org.proximite.core.content.LanguageText;
import org.proximite.core.content.PageRequest;
import org.proximite.core.content.TextState;
import org.proximite.core.editing.StaleEditException;
import org.proximite.core.language.LanguageQueries;
import org.proximite.core.practice.PracticeDraft;
import org.proximite.core.testing.ContentFixtures;
import org.proximite.core.testing.CoreServices;
import org.proximite.core.testing.TestChapterJars;
import org.proximite.core.testing.TestDatabase;

/**
 * A coordinator, a French translator, a country editor and a reviewer at work on one practice:
 * each language's text moves through its own workflow, readers see the published version while
 * the next one is written, every version is kept, and translations whose source changed say so.
 */
class TextWorkflowIT {

    private static final String SLUG = "local-security-plan";
    private static final Actor COORDINATOR = Actor.user("coordinator", Set.of(Role.COORDINATOR));
    private static final Actor REVIEWER = Actor.user("reviewer", Set.of(Role.REVIEWER));
    private static final Actor ENGLISH_REVIEWER = Actor.user("reviewer-en", Set.of(Role.REVIEWER), Set.of(), Set.of("en"));
    private static final Actor TRANSLATOR_EN = Actor.user("translator-en", Set.of(Role.TRANSLATOR), Set.of(), Set.of("en"));
    private static final Actor GUINEA_EDITOR = Actor.user("guinea-editor", Set.of(Role.COUNTRY_EDITOR), Set.of("guinea"), Set.of());

    @TempDir
    Path plugins;

    private record Work(CoreServices core, TextWorkflow workflow, Revisions revisions, OutdatedTranslations outdated, ContentOverview overview) {}

    private Work withGuinea(TestDatabase database) throws IOException {
        CoreServices core = CoreServices.on(database);
        core.install(TestChapterJars.guinea(), plugins);
        OutdatedTranslations outdated = new OutdatedTranslations(core.dsl(), core.writer());
        return new Work(core, new TextWorkflow(core.dsl(), core.writer()), new Revisions(core.dsl(), core.writer()), outdated,
                new ContentOverview(core.dsl(), new LanguageQueries(core.dsl()), outdated));
    }

    private static String readersTitle(CoreServices core, String language) {
        return core.practices().find(SLUG, language, false).orElseThrow().shown().text().title();
    }

    private static LanguageText text(CoreServices core, String language) {
        return core.practiceEditing().load(SLUG).item().texts().get(language);
    }

    private static PracticeDraft retitled(PracticeDraft draft, String language, String title) {
        return draft.withItem(ContentFixtures.withField(ItemKind.PRACTICE, draft.item(), language, "title", title));
    }

    private static TextWorkflow.TextAt at(LanguageText text, String language) {
        return new TextWorkflow.TextAt(ItemKind.PRACTICE, SLUG, language, text.version());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTranslationGoesThroughReviewWhileReadersKeepThePublishedText(TestDatabase database) throws IOException {
        Work work = withGuinea(database);
        CoreServices core = work.core();
        String publishedEnglish = readersTitle(core, "en");

        core.practiceEditing().save(retitled(core.practiceEditing().load(SLUG), "en", "Local safety plan"), TRANSLATOR_EN);
        LanguageText draft = text(core, "en");
        assertThat(draft.state()).isEqualTo(TextState.DRAFT);

        LanguageText submitted = work.workflow().move(at(draft, "en"), Transition.SUBMIT, "Ready", TRANSLATOR_EN);
        assertThat(submitted.state()).isEqualTo(TextState.IN_REVIEW);
        assertThat(readersTitle(core, "en")).as("in review, readers still read the published text").isEqualTo(publishedEnglish);

        assertThatThrownBy(() -> work.workflow().move(at(submitted, "en"), Transition.PUBLISH, null, TRANSLATOR_EN))
                .isInstanceOfSatisfying(NotAllowedException.class, e -> assertThat(e.code()).isEqualTo("denied.role"));
        assertThatThrownBy(() -> work.workflow().move(at(submitted, "en"), Transition.RETURN, "  ", REVIEWER))
                .isInstanceOfSatisfying(WorkflowRefusedException.class, e -> assertThat(e.code()).isEqualTo("workflow.commentRequired"));

        LanguageText returned = work.workflow().move(at(submitted, "en"), Transition.RETURN, "Say 'safety', not 'security'? Check the glossary.",
                REVIEWER);
        assertThat(returned.state()).isEqualTo(TextState.DRAFT);
        LanguageText again = work.workflow().move(at(returned, "en"), Transition.SUBMIT, null, TRANSLATOR_EN);
        LanguageText published = work.workflow().move(at(again, "en"), Transition.PUBLISH, null, ENGLISH_REVIEWER);

        assertThat(published.state()).isEqualTo(TextState.PUBLISHED);
        assertThat(readersTitle(core, "en")).isEqualTo("Local safety plan");
        assertThat(work.workflow().history(ItemKind.PRACTICE, SLUG, "en"))
                .extracting(TextWorkflow.Move::to, TextWorkflow.Move::actor)
                .startsWith(org.assertj.core.groups.Tuple.tuple("PUBLISHED", "reviewer-en"), org.assertj.core.groups.Tuple.tuple("IN_REVIEW", "translator-en"),
                        org.assertj.core.groups.Tuple.tuple("DRAFT", "reviewer"));
        assertThat(work.workflow().history(ItemKind.PRACTICE, SLUG, "en")).extracting(TextWorkflow.Move::comment)
                .contains("Say 'safety', not 'security'? Check the glossary.");
        assertThat(core.dsl().select(OUTBOX_EVENT.KIND).from(OUTBOX_EVENT).where(OUTBOX_EVENT.ITEM_KEY.eq(SLUG)).and(OUTBOX_EVENT.LANGUAGE_CODE.eq("en"))
                .orderBy(OUTBOX_EVENT.POSITION).fetch(OUTBOX_EVENT.KIND))
                .as("the outbox tells the story").containsSubsequence("TEXT_SAVED", "TEXT_SUBMITTED", "TEXT_RETURNED", "TEXT_SUBMITTED", "TEXT_PUBLISHED");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void publishingTheFrenchTextLeavesTheEnglishDraftAlone(TestDatabase database) throws IOException {
        Work work = withGuinea(database);
        CoreServices core = work.core();
        PracticeDraft draft = core.practiceEditing().load(SLUG);
        PracticeDraft both = retitled(retitled(draft, "fr", "Plan local, nouvelle version"), "en", "Local plan, new version");
        core.practiceEditing().save(both.withItem(both.item().withState("fr", TextState.DRAFT).withState("en", TextState.DRAFT)), COORDINATOR);

        work.workflow().move(at(text(core, "fr"), "fr"), Transition.PUBLISH, null, REVIEWER);

        assertThat(readersTitle(core, "fr")).isEqualTo("Plan local, nouvelle version");
        assertThat(text(core, "en").state()).isEqualTo(TextState.DRAFT);
        assertThat(readersTitle(core, "en")).as("the English readers keep the English published before").isNotEqualTo("Local plan, new version");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void movesAreCheckedAgainstTheStateTheVersionAndTheScopes(TestDatabase database) throws IOException {
        Work work = withGuinea(database);
        CoreServices core = work.core();
        LanguageText french = text(core, "fr");
        Actor bissauEditor = Actor.user("bissau-editor", Set.of(Role.COUNTRY_EDITOR), Set.of("guinea-bissau"), Set.of());

        assertThatThrownBy(() -> work.workflow().move(at(french, "fr"), Transition.SUBMIT, null, COORDINATOR))
                .as("a published text is not sent to review").isInstanceOfSatisfying(WorkflowRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("workflow.notFrom");
                    assertThat(e.arguments()).containsExactly("SUBMIT", "PUBLISHED");
                });
        assertThatThrownBy(() -> work.workflow().move(at(french, "fr"), Transition.ARCHIVE, null, ENGLISH_REVIEWER))
                .isInstanceOfSatisfying(NotAllowedException.class, e -> assertThat(e.code()).isEqualTo("denied.language"));
        assertThatThrownBy(() -> work.workflow().move(at(french, "fr"), Transition.ARCHIVE, null, bissauEditor))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> work.workflow().move(new TextWorkflow.TextAt(ItemKind.PRACTICE, SLUG, "fr", french.version() - 1),
                Transition.ARCHIVE, null, COORDINATOR)).isInstanceOf(StaleEditException.class);
        assertThat(text(core, "fr")).isEqualTo(french);

        LanguageText archived = work.workflow().move(at(french, "fr"), Transition.ARCHIVE, null, GUINEA_EDITOR.has(Role.REVIEWER) ? GUINEA_EDITOR : COORDINATOR);
        assertThat(archived.isPublished()).isFalse();
        assertThat(core.practices().find(SLUG, "fr", false).orElseThrow().shown().language()).as("French readers now get the English text").isEqualTo("en");
        LanguageText reopened = work.workflow().move(at(archived, "fr"), Transition.REOPEN, null, GUINEA_EDITOR);
        assertThat(reopened.state()).isEqualTo(TextState.DRAFT);
        assertThat(reopened.isPublished()).as("reopening does not publish").isFalse();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void everySaveIsARevisionThatCanBeComparedAndRestored(TestDatabase database) throws IOException {
        Work work = withGuinea(database);
        CoreServices core = work.core();
        int first = text(core, "fr").version();
        String originalTitle = text(core, "fr").text().title();
        core.practiceEditing().save(retitled(core.practiceEditing().load(SLUG), "fr", "Titre deux"), COORDINATOR);
        core.practiceEditing().save(retitled(core.practiceEditing().load(SLUG), "fr", "Titre trois"), GUINEA_EDITOR);

        List<Revisions.Revision> revisions = work.revisions().list(ItemKind.PRACTICE, SLUG, "fr");
        assertThat(revisions).hasSize(3);
        assertThat(revisions.getFirst().savedBy()).isEqualTo("guinea-editor");
        assertThat(revisions.getFirst().state()).as("a country editor's change is a draft").isEqualTo(TextState.DRAFT);
        assertThat(revisions.getFirst().changedFields()).containsExactly("title");

        List<Revisions.FieldComparison> comparison = work.revisions().compare(ItemKind.PRACTICE, SLUG, "fr", first, revisions.getFirst().version());
        assertThat(comparison).filteredOn(Revisions.FieldComparison::changed).singleElement()
                .satisfies(field -> {
                    assertThat(field.field()).isEqualTo("title");
                    assertThat(field.before()).isEqualTo(originalTitle);
                    assertThat(field.after()).isEqualTo("Titre trois");
                });

        LanguageText restored = work.revisions().restore(ItemKind.PRACTICE, SLUG, "fr", first, text(core, "fr").version(), GUINEA_EDITOR);
        assertThat(restored.text().title()).isEqualTo(originalTitle);
        assertThat(restored.state()).isEqualTo(TextState.DRAFT);
        assertThat(work.revisions().list(ItemKind.PRACTICE, SLUG, "fr")).as("restoring adds a version, it loses none").hasSize(4);
        assertThat(readersTitle(core, "fr")).as("readers still see the version published by the coordinator").isEqualTo("Titre deux");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aChangedSourceFieldFlagsThatFieldOfTheTranslationUntilItIsReviewed(TestDatabase database) throws IOException {
        Work work = withGuinea(database);
        CoreServices core = work.core();
        PracticeDraft draft = core.practiceEditing().load(SLUG);
        String defaultLanguage = draft.item().defaultLanguage();
        String translation = defaultLanguage.equals("fr") ? "en" : "fr";
        assertThat(work.outdated().fields(ItemKind.PRACTICE, SLUG, translation)).isEmpty();

        core.practiceEditing().save(draft.withItem(ContentFixtures.withField(ItemKind.PRACTICE, draft.item(), defaultLanguage, "summary",
                "Un résumé réécrit.")), COORDINATOR);

        assertThat(work.outdated().fields(ItemKind.PRACTICE, SLUG, translation)).containsExactly("summary");
        var row = work.overview().rows(new ContentOverview.Filter(ItemKind.PRACTICE, null, null, ContentOverview.CellState.OUTDATED,
                ContentOverview.Sort.SLUG), "en", new PageRequest(0, 50), COORDINATOR);
        assertThat(row.items()).extracting(ContentOverview.Row::slug).containsExactly(SLUG);
        assertThat(row.items().getFirst().cell(translation).outdatedFields()).containsExactly("summary");
        assertThat(row.items().getFirst().cell(defaultLanguage).state()).isEqualTo(ContentOverview.CellState.PUBLISHED);

        work.outdated().confirm(ItemKind.PRACTICE, SLUG, translation, TRANSLATOR_EN.languageScopes().contains(translation) ? TRANSLATOR_EN
                : Actor.user("translator-fr", Set.of(Role.TRANSLATOR), Set.of(), Set.of("fr")));
        assertThat(work.outdated().fields(ItemKind.PRACTICE, SLUG, translation)).as("reviewed: current again").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theOverviewShowsEachLanguagesStateAndWhatIsMissing(TestDatabase database) throws IOException {
        Work work = withGuinea(database);
        CoreServices core = work.core();
        core.practiceEditing().save(retitled(core.practiceEditing().load(SLUG), "en", "Draft title"), TRANSLATOR_EN);

        var page = work.overview().rows(new ContentOverview.Filter(ItemKind.PRACTICE, "guinea", null, null, ContentOverview.Sort.LAST_CHANGE), "fr",
                new PageRequest(0, 3), COORDINATOR);
        assertThat(page.total()).isEqualTo(ContentFixtures.items(core.dsl(), ItemKind.PRACTICE));
        assertThat(page.items()).hasSize(3);
        ContentOverview.Row first = page.items().getFirst();
        assertThat(first.slug()).as("the last changed first").isEqualTo(SLUG);
        assertThat(first.cell("en").state()).isEqualTo(ContentOverview.CellState.DRAFT);
        assertThat(first.cell("en").readersSeeOlder()).isTrue();
        assertThat(first.cell("en").changedBy()).isEqualTo("translator-en");
        if (work.overview().languages().contains("pt")) {
            assertThat(first.cell("pt").state()).isEqualTo(ContentOverview.CellState.MISSING);
        }
        assertThat(work.overview().completeness(COORDINATOR).get("en")).containsEntry(ContentOverview.CellState.DRAFT, 1);
        assertThatThrownBy(() -> work.overview().rows(ContentOverview.Filter.everything(), "fr", new PageRequest(0, 10), Actor.user("reader", Set.of())))
                .isInstanceOf(NotAllowedException.class);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aBulkMoveSaysWhatBecameOfEachText(TestDatabase database) throws IOException {
        Work work = withGuinea(database);
        CoreServices core = work.core();
        core.practiceEditing().save(retitled(core.practiceEditing().load(SLUG), "en", "Draft title"), TRANSLATOR_EN);
        var draftText = at(text(core, "en"), "en");
        var publishedText = at(text(core, "fr"), "fr");

        var outcomes = work.workflow().moveAll(List.of(draftText, publishedText), Transition.SUBMIT, null, COORDINATOR);

        assertThat(outcomes).extracting(TextWorkflow.Outcome::done).containsExactly(true, false);
        assertThat(outcomes.get(1).code()).isEqualTo("workflow.notFrom");
        assertThat(text(core, "en").state()).isEqualTo(TextState.IN_REVIEW);
    }
}
