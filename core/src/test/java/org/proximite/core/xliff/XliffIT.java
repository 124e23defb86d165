package org.proximite.core.xliff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.proximite.db.jooq.Tables.CONTENT_REVISION;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.actor.Actor;
import org.proximite.core.actor.Role;
import org.proximite.core.content.ItemDraft;
import org.proximite.core.content.ItemEditing;
import org.proximite.core.content.ItemText;
import org.proximite.core.content.LanguageText;
import org.proximite.core.content.TextState;
import org.proximite.core.language.LanguageQueries;
import org.proximite.core.outbox.ChangeKind;
import org.proximite.core.outbox.OutboxEvent;
import org.proximite.core.practice.PracticeDraft;
import org.proximite.core.testing.ContentFixtures;
import org.proximite.core.testing.CoreServices;
import org.proximite.core.testing.TestChapterJars;
import org.proximite.core.testing.TestDatabase;
import org.proximite.core.workflow.OutdatedTranslations;
import org.proximite.core.xliff.XliffReport.Outcome;

/**
 * A coordinator exports a practice and an initiative from French to English for a translator,
 * who translates in their own tool and imports the file back: each changed text becomes a draft
 * of the English text, readers keep the published one, and the report says what changed. A file
 * that changes nothing writes nothing; a file someone may not import, or that breaks a rule,
 * writes nothing either, and says why.
 */
class XliffIT {

    static final ItemKey PLAN = new ItemKey(ItemKind.PRACTICE, "local-security-plan");
    static final ItemKey FAIR = new ItemKey(ItemKind.INITIATIVE, "share-fair");
    static final Actor TRANSLATOR_EN = Actor.user("translator-en", Set.of(Role.TRANSLATOR), Set.of(), Set.of("en"));
    private static final Actor TRANSLATOR_FR = Actor.user("translator-fr", Set.of(Role.TRANSLATOR), Set.of(), Set.of("fr"));
    private static final Actor BISSAU_EDITOR = Actor.user("bissau-editor", Set.of(Role.COUNTRY_EDITOR), Set.of("guinea-bissau"), Set.of());

    @TempDir
    Path dataDir;

    /** The services of one instance with the Guinea chapter. */
    record Work(CoreServices core, XliffExport export, XliffImport xliff) {

        static Work withGuinea(TestDatabase database, Path dataDir) {
            CoreServices core = CoreServices.on(database);
            core.install(TestChapterJars.guinea(), dataDir);
            LanguageQueries languages = new LanguageQueries(core.dsl());
            return new Work(core, new XliffExport(core.dsl(), languages, new OutdatedTranslations(core.dsl(), core.writer())),
                    new XliffImport(core.dsl(), languages, new ItemEditing(core.dsl(), core.writer(), core.clock())));
        }

        byte[] export(ItemKey... items) {
            return export.export(new XliffExport.Selection(List.of(items), "fr", "en"), ContentFixtures.COORDINATOR).bytes();
        }

        LanguageText english(ItemKey key) {
            var draft = key.kind() == ItemKind.PRACTICE ? core.practiceEditing().load(key.slug()).item() : core.initiativeEditing().load(key.slug()).item();
            return draft.texts().get("en");
        }

        String readersEnglishTitle(ItemKey key) {
            return key.kind() == ItemKind.PRACTICE ? core.practices().find(key.slug(), "en", false).orElseThrow().shown().text().title()
                    : core.initiatives().find(key.slug(), "en", false).orElseThrow().shown().text().title();
        }

        /** What an import that writes nothing must leave as it was: every revision, the outbox's end. */
        Stored stored() {
            return new Stored(core.dsl().fetchCount(CONTENT_REVISION), core.outbox().lastPosition(), english(PLAN), english(FAIR));
        }
    }

    record Stored(int revisions, long outboxPosition, LanguageText plan, LanguageText fair) {}

    static XliffReport.FieldResult field(XliffReport report, ItemKey key, String unit) {
        return report.items().stream().filter(item -> item.file().equals(key.fileId())).findFirst().orElseThrow()
                .fields().stream().filter(field -> field.unit().equals(unit)).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void exportsEachItemAsAFileAndEachFieldAsAUnitWithTheCurrentTranslation(TestDatabase database) {
        Work work = Work.withGuinea(database, dataDir);

        XliffExport.Exported exported = work.export.export(new XliffExport.Selection(List.of(PLAN, FAIR), "fr", "en"), TRANSLATOR_EN);

        byte[] file = exported.bytes();
        String xml = new String(file, StandardCharsets.UTF_8);
        assertThat(xml).contains("urn:oasis:names:tc:xliff:document:2.0", "version=\"2.0\"", "srcLang=\"fr\"", "trgLang=\"en\"",
                "<file id=\"practice:local-security-plan\"", "<file id=\"initiative:share-fair\"");
        assertThat(exported.fileName()).isEqualTo("proximite-2-items.fr-en.xlf");
        assertThat(exported.items()).isEqualTo(2);
        assertThat(XliffFiles.units(file, PLAN.fileId())).containsExactly("title", "summary", "body", "effect", "mechanism", "context",
                "implementation", "cost");
        assertThat(XliffFiles.units(file, FAIR.fileId())).startsWith("title", "summary");
        assertThat(XliffFiles.text(file, PLAN.fileId(), "title", "source")).isEqualTo("Plan local de sécurité");
        assertThat(XliffFiles.text(file, PLAN.fileId(), "title", "target")).isEqualTo("Local security plan");
        assertThat(XliffFiles.text(file, PLAN.fileId(), "implementation", "source")).startsWith("1. Partir des priorités");
        assertThat(XliffFiles.segmentAttribute(file, PLAN.fileId(), "title", "state")).isEqualTo("translated");
        assertThat(xml).contains("<mda:meta type=\"sourceVersion\">", "<mda:meta type=\"targetVersion\">").doesNotContain("<p>", "<li>");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTranslatorsFileBecomesDraftsOfTheTargetLanguageWhileReadersKeepThePublishedText(TestDatabase database) {
        Work work = Work.withGuinea(database, dataDir);
        String publishedTitle = work.readersEnglishTitle(PLAN);
        int frenchVersion = work.core().practiceEditing().load(PLAN.slug()).item().texts().get("fr").version();
        LanguageText planBefore = work.english(PLAN);
        int revisionsBefore = work.core().dsl().fetchCount(CONTENT_REVISION);
        long outboxBefore = work.core().outbox().lastPosition();
        byte[] file = work.export(PLAN, FAIR);
        file = XliffFiles.translated(file, PLAN.fileId(), "title", "Local safety plan");
        file = XliffFiles.translated(file, PLAN.fileId(), "cost", "Mostly time: a few meetings.\n\n- one to *validate* <the plan> & more");
        file = XliffFiles.translated(file, FAIR.fileId(), "summary", "Three days of round tables in Conakry, December 2019.");

        XliffReport report = work.xliff().importFile(file, TRANSLATOR_EN);

        assertThat(report.written()).isTrue();
        assertThat(report.problems()).isEmpty();
        assertThat(report.sourceLanguage()).isEqualTo("fr");
        assertThat(report.targetLanguage()).isEqualTo("en");
        assertThat(field(report, PLAN, "title").outcome()).isEqualTo(Outcome.CHANGED);
        assertThat(field(report, PLAN, "cost").outcome()).isEqualTo(Outcome.CHANGED);
        assertThat(field(report, PLAN, "summary").outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(field(report, FAIR, "summary").outcome()).isEqualTo(Outcome.CHANGED);
        assertThat(report.totals().get(Outcome.CHANGED)).isEqualTo(3);
        assertThat(report.totals().get(Outcome.REFUSED)).isZero();

        LanguageText plan = work.english(PLAN);
        assertThat(plan.state()).isEqualTo(TextState.DRAFT);
        assertThat(plan.version()).as("one save of the item's English text").isEqualTo(planBefore.version() + 1);
        assertThat(plan.text().title()).isEqualTo("Local safety plan");
        assertThat(plan.text().get("cost")).as("Markdown comes back as written").isEqualTo("Mostly time: a few meetings.\n\n- one to *validate* <the plan> & more");
        assertThat(plan.text().summary()).isEqualTo(planBefore.text().summary());
        assertThat(plan.updatedBy()).isEqualTo("translator-en");
        assertThat(work.english(FAIR).state()).isEqualTo(TextState.DRAFT);
        assertThat(work.readersEnglishTitle(PLAN)).as("readers keep the published text until it is reviewed").isEqualTo(publishedTitle);
        assertThat(work.core().dsl().fetchCount(CONTENT_REVISION)).as("a revision per text saved").isEqualTo(revisionsBefore + 2);
        List<OutboxEvent> events = work.core().outbox().after(outboxBefore, 100);
        assertThat(events).filteredOn(event -> event.kind() == ChangeKind.TEXT_SAVED)
                .extracting(OutboxEvent::itemKey, OutboxEvent::language, OutboxEvent::actor)
                .containsExactlyInAnyOrder(tuple(PLAN.slug(), "en", "translator-en"), tuple(FAIR.slug(), "en", "translator-en"));
        assertThat(work.core().practiceEditing().load(PLAN.slug()).item().texts().get("fr").version()).as("the source is left alone")
                .isEqualTo(frenchVersion);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFileThatChangesNothingWritesNothing(TestDatabase database) {
        Work work = Work.withGuinea(database, dataDir);
        Stored before = work.stored();

        XliffReport report = work.xliff().importFile(work.export(PLAN, FAIR), TRANSLATOR_EN);

        assertThat(report.written()).isTrue();
        assertThat(report.items()).allSatisfy(item -> assertThat(item.fields()).extracting(XliffReport.FieldResult::outcome)
                .containsOnly(Outcome.UNCHANGED));
        assertThat(work.stored()).as("no revision, no outbox event").isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aNewTranslationIsCreatedAsADraftFromAFileWithoutTargets(TestDatabase database) {
        Work work = Work.withGuinea(database, dataDir);
        ItemKey walks = new ItemKey(ItemKind.PRACTICE, "neighbourhood-walks");
        String body = "Un **pas** après l’autre, <toujours> & ensemble.\n\n- le matin\n- le soir";
        ItemDraft item = ItemDraft.blank("fr").with(walks.slug(), "fr", false, List.of()).withText("fr", ItemText.of(ItemKind.PRACTICE,
                Map.of("title", "Marches de quartier", "summary", "Policiers et habitants marchent ensemble.", "body", body)));
        work.core().practiceEditing().save(PracticeDraft.blank("fr").withItem(item), ContentFixtures.COORDINATOR);
        byte[] file = work.export(walks);
        assertThat(XliffFiles.text(file, walks.fileId(), "title", "target")).isNull();
        assertThat(XliffFiles.segmentAttribute(file, walks.fileId(), "title", "state")).isEqualTo("initial");
        assertThat(XliffFiles.text(file, walks.fileId(), "body", "source")).isEqualTo(body);
        assertThat(new String(file, StandardCharsets.UTF_8)).contains("&lt;toujours&gt; &amp; ensemble").doesNotContain("<strong>");
        file = XliffFiles.translated(file, walks.fileId(), "title", "Neighbourhood walks");
        file = XliffFiles.translated(file, walks.fileId(), "summary", "Police and residents walk together.");

        XliffReport report = work.xliff().importFile(file, TRANSLATOR_EN);

        assertThat(report.written()).as("%s", report.problems()).isTrue();
        assertThat(field(report, walks, "title").outcome()).isEqualTo(Outcome.NEW);
        assertThat(field(report, walks, "body").outcome()).isEqualTo(Outcome.UNTRANSLATED);
        LanguageText english = work.english(walks);
        assertThat(english.state()).isEqualTo(TextState.DRAFT);
        assertThat(english.text().fields()).containsOnlyKeys("title", "summary");
        assertThat(english.text().title()).isEqualTo("Neighbourhood walks");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aNewTranslationMissingARequiredFieldIsRefused(TestDatabase database) {
        Work work = Work.withGuinea(database, dataDir);
        ItemKey walks = new ItemKey(ItemKind.PRACTICE, "neighbourhood-walks");
        ItemDraft item = ItemDraft.blank("fr").with(walks.slug(), "fr", false, List.of()).withText("fr", ItemText.of(ItemKind.PRACTICE,
                Map.of("title", "Marches de quartier", "summary", "Policiers et habitants marchent ensemble.")));
        work.core().practiceEditing().save(PracticeDraft.blank("fr").withItem(item), ContentFixtures.COORDINATOR);

        XliffReport report = work.xliff().importFile(XliffFiles.translated(work.export(walks), walks.fileId(), "title", "Walks"), TRANSLATOR_EN);

        assertThat(report.written()).isFalse();
        assertThat(report.problems()).extracting(XliffProblem::code, XliffProblem::unit).containsExactly(tuple("validation.required", "summary"));
        assertThat(field(report, walks, "summary").outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(work.english(walks)).isNull();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSourceChangedSinceTheExportIsSaidAndItsFieldStaysOutdated(TestDatabase database) {
        Work work = Work.withGuinea(database, dataDir);
        byte[] file = XliffFiles.translated(work.export(PLAN), PLAN.fileId(), "title", "Local safety plan");
        ContentFixtures.editPractice(work.core(), PLAN.slug(), "fr", "summary", "Un programme d’actions, réécrit.");

        XliffReport report = work.xliff().importFile(file, TRANSLATOR_EN);

        assertThat(report.written()).isTrue();
        assertThat(field(report, PLAN, "summary").sourceChanged()).isTrue();
        assertThat(field(report, PLAN, "title").sourceChanged()).isFalse();
        assertThat(field(report, PLAN, "title").outcome()).isEqualTo(Outcome.CHANGED);
        assertThat(work.english(PLAN).text().title()).isEqualTo("Local safety plan");
        assertThat(new OutdatedTranslations(work.core().dsl(), work.core().writer()).fields(ItemKind.PRACTICE, PLAN.slug(), "en"))
                .as("the translation was made from the source before the change").containsExactly("summary");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFieldSomeoneElseChangedSinceTheExportIsRefusedAndNothingIsWritten(TestDatabase database) {
        Work work = Work.withGuinea(database, dataDir);
        byte[] file = XliffFiles.translated(work.export(PLAN, FAIR), PLAN.fileId(), "title", "Local safety plan");
        file = XliffFiles.translated(file, FAIR.fileId(), "title", "The 2019 Share Fair");
        ContentFixtures.editPractice(work.core(), PLAN.slug(), "en", "title", "Security plan, local");
        Stored before = work.stored();

        XliffReport report = work.xliff().importFile(file, TRANSLATOR_EN);

        assertThat(report.written()).isFalse();
        assertThat(report.problems()).extracting(XliffProblem::code, XliffProblem::file, XliffProblem::unit)
                .containsExactly(tuple(XliffProblem.TARGET_CHANGED, PLAN.fileId(), "title"));
        assertThat(field(report, FAIR, "title").outcome()).as("what would have been written").isEqualTo(Outcome.CHANGED);
        assertThat(work.stored()).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTranslatorOfAnotherLanguageOrAnEditorOfAnotherChapterWritesNothing(TestDatabase database) {
        Work work = Work.withGuinea(database, dataDir);
        byte[] file = XliffFiles.translated(work.export(PLAN, FAIR), PLAN.fileId(), "title", "Local safety plan");
        Stored before = work.stored();

        XliffReport french = work.xliff().importFile(file, TRANSLATOR_FR);
        XliffReport bissau = work.xliff().importFile(file, BISSAU_EDITOR);

        assertThat(french.written()).isFalse();
        assertThat(french.problems()).extracting(XliffProblem::code, XliffProblem::file, XliffProblem::arguments)
                .containsExactly(tuple("denied.language", PLAN.fileId(), List.of("en")), tuple("denied.language", FAIR.fileId(), List.of("en")));
        assertThat(field(french, PLAN, "title").outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(bissau.problems()).extracting(XliffProblem::code).containsOnly("denied.chapter");
        assertThat(work.stored()).isEqualTo(before);
    }
}
