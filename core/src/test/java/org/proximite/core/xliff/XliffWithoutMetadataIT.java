package org.proximite.core.xliff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.proximite.core.xliff.XliffIT.field;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.content.ItemDraft;
import org.proximite.core.content.ItemText;
import org.proximite.core.practice.PracticeDraft;
import org.proximite.core.testing.ContentFixtures;
import org.proximite.core.testing.TestDatabase;
import org.proximite.core.xliff.XliffReport.Outcome;

/**
 * A translator's tool gave the file back without its metadata, so the versions it was made from
 * are lost: a translation that would replace a stored one is never written (whether someone
 * changed it since the export cannot be known), and says so; an empty field is still filled, and
 * a source changed since the export is still said, from the unit's own source text.
 */
class XliffWithoutMetadataIT {

    private static final ItemKey PLAN = XliffIT.PLAN;

    @TempDir
    Path dataDir;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTranslationSomeoneChangedSinceTheExportIsNotOverwrittenWhenTheToolStrippedTheMetadata(TestDatabase database) {
        XliffIT.Work work = XliffIT.Work.withGuinea(database, dataDir);
        byte[] file = XliffFiles.withoutMetadata(XliffFiles.translated(work.export(PLAN), PLAN.fileId(), "title", "Local safety plan"));
        assertThat(new String(file, StandardCharsets.UTF_8)).doesNotContain("sourceVersion", "targetVersion");
        ContentFixtures.editPractice(work.core(), PLAN.slug(), "en", "title", "Security plan, local");
        XliffIT.Stored before = work.stored();

        XliffReport report = work.xliff().importFile(file, XliffIT.TRANSLATOR_EN);

        assertThat(report.written()).isFalse();
        assertThat(report.problems()).extracting(XliffProblem::code, XliffProblem::file, XliffProblem::unit, XliffProblem::arguments)
                .containsExactly(tuple(XliffProblem.BASIS_UNKNOWN, PLAN.fileId(), "title", List.of(before.plan().version())));
        assertThat(field(report, PLAN, "title").outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(field(report, PLAN, "summary").outcome()).as("the stored text, as the file says it").isEqualTo(Outcome.UNCHANGED);
        assertThat(work.stored()).as("the other person's title is kept, nothing is written").isEqualTo(before);
        assertThat(work.english(PLAN).text().title()).isEqualTo("Security plan, local");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void withoutTheMetadataEvenAnUntouchedTranslationIsNotReplacedUnseen(TestDatabase database) {
        XliffIT.Work work = XliffIT.Work.withGuinea(database, dataDir);
        byte[] file = XliffFiles.withoutMetadata(XliffFiles.translated(work.export(PLAN), PLAN.fileId(), "title", "Local safety plan"));
        XliffIT.Stored before = work.stored();

        XliffReport report = work.xliff().importFile(file, XliffIT.TRANSLATOR_EN);

        assertThat(report.written()).isFalse();
        assertThat(report.problems()).extracting(XliffProblem::code, XliffProblem::unit).containsExactly(tuple(XliffProblem.BASIS_UNKNOWN, "title"));
        assertThat(work.stored()).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anEmptyFieldIsStillFilledAndASourceChangedSinceTheExportIsStillSaid(TestDatabase database) {
        XliffIT.Work work = XliffIT.Work.withGuinea(database, dataDir);
        ItemKey walks = new ItemKey(ItemKind.PRACTICE, "neighbourhood-walks");
        ItemDraft item = ItemDraft.blank("fr").with(walks.slug(), "fr", false, List.of()).withText("fr", ItemText.of(ItemKind.PRACTICE,
                Map.of("title", "Marches de quartier", "summary", "Policiers et habitants marchent ensemble.")));
        work.core().practiceEditing().save(PracticeDraft.blank("fr").withItem(item), ContentFixtures.COORDINATOR);
        byte[] file = XliffFiles.translated(work.export(walks), walks.fileId(), "title", "Neighbourhood walks");
        file = XliffFiles.withoutMetadata(XliffFiles.translated(file, walks.fileId(), "summary", "Police and residents walk together."));
        ContentFixtures.editPractice(work.core(), walks.slug(), "fr", "summary", "Policiers et habitants marchent ensemble, chaque semaine.");

        XliffReport report = work.xliff().importFile(file, XliffIT.TRANSLATOR_EN);

        assertThat(report.written()).as("%s", report.problems()).isTrue();
        assertThat(field(report, walks, "title").outcome()).isEqualTo(Outcome.NEW);
        assertThat(field(report, walks, "title").sourceChanged()).isFalse();
        assertThat(field(report, walks, "summary").outcome()).isEqualTo(Outcome.NEW);
        assertThat(field(report, walks, "summary").sourceChanged()).as("the unit's source is not the stored one").isTrue();
        assertThat(work.english(walks).text().title()).isEqualTo("Neighbourhood walks");
    }
}
