package org.proximite.core.chapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.proximite.core.testing.TestActors.ADMIN;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.proximite.core.chapter.installing.Answers;
import org.proximite.core.chapter.installing.ChapterLifecycle;
import org.proximite.core.chapter.installing.InstallPlan;
import org.proximite.core.practice.PracticeFilter;
import org.proximite.core.testing.ContentFixtures;
import org.proximite.core.testing.CoreServices;
import org.proximite.core.testing.CountedStatements;
import org.proximite.core.testing.TestChapterJars;
import org.proximite.core.testing.TestDatabase;

/**
 * Installing or upgrading a chapter takes as many statements for 50 practices as for 10: the
 * import writes sets of rows, never one statement per item or per text (up to 500 rows a
 * statement: 50 practices have 450 text fields). An editor's save takes a small fixed number.
 */
class ImportStatementsIT {

    /**
     * The most statements an editor's opening and saving of one translation may take on
     * PostgreSQL, each a round trip: the practice read (3: the item with its themes, sources,
     * resources and related practices; its texts; its level with its outcomes), what is stored
     * now, locked (1), and one statement of several (1) with the text's update, its revision and
     * the revision's fields (a text's fields are its current revision's), the item's last change
     * and the outbox's head and line. The saved practice is not read again when
     * nobody else changed it meanwhile; slug, themes and outcomes the editor did not change are
     * not checked; the default text a translation was made from is known from the opening.
     */
    static final int SAVE_ROUND_TRIPS = 5;

    /**
     * The same on H2, embedded: no round trip to save, so the six writes run one after the other
     * as prepared statements, which H2 parses once and then takes from its cache; the item's rows
     * are locked by two updates that change nothing, then read (3), as H2 would parse a select
     * "for update" again each time.
     */
    static final int SAVE_STATEMENTS_EMBEDDED = 12;

    @TempDir
    Path work;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anImportTakesAsManyStatementsWhateverTheNumberOfItems(TestDatabase database) throws Exception {
        Counted small = install(database, 10);
        Counted large = install(database, 50);

        assertThat(large.install()).as("statements to install 50 practices, against 10").isEqualTo(small.install());
        assertThat(large.upgrade()).as("statements to upgrade 50 practices, against 10").isEqualTo(small.upgrade());
        assertThat(large.save()).isLessThanOrEqualTo(database == TestDatabase.POSTGRES ? SAVE_ROUND_TRIPS : SAVE_STATEMENTS_EMBEDDED);
        System.out.printf("Statements on %s: install %d, upgrade %d (10 or 50 practices); an editor's save %d%n", database, large.install(),
                large.upgrade(), large.save());
    }

    private record Counted(int install, int upgrade, int save) {}

    private Counted install(TestDatabase database, int practices) throws Exception {
        CountedStatements statements = new CountedStatements(database);
        CoreServices core = CoreServices.on(statements.dsl());
        ChapterLifecycle lifecycle = core.newLifecycle();
        ChapterFolders folders = ChapterFolders.in(work.resolve(database + "-" + practices));

        int install = statements.of(() -> apply(lifecycle, folders, TestChapterJars.generated(practices, "1.0.0", "")));
        assertThat(core.practices().list(new PracticeFilter("fr", null, "bench", null, null, false))).hasSize(practices);

        int upgrade = statements.of(() -> apply(lifecycle, folders, TestChapterJars.generated(practices, "1.1.0", " (révisé)")));
        assertThat(core.practiceEditing().load("practice-" + (practices - 1)).item().text("en").title()).endsWith("(révisé)");

        int save = statements.of(() -> ContentFixtures.editPractice(core, "practice-0", "en", "title", "Practice zero, edited here"));
        return new Counted(install, upgrade, save);
    }

    private static void apply(ChapterLifecycle lifecycle, ChapterFolders folders, byte[] jar) throws Exception {
        InstallPlan plan = lifecycle.prepare("bench.jar", jar, folders, List.of(), ADMIN);
        lifecycle.apply(plan.id(), Answers.none(), folders, ADMIN);
    }
}
