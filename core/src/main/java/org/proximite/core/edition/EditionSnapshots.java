package org.proximite.core.edition;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.proximite.core.chapter.ChapterQueries;
import org.proximite.core.chapter.ChapterState;
import org.proximite.core.chapter.ChapterSummary;
import org.proximite.core.content.ItemQueries;
import org.proximite.core.content.Page;
import org.proximite.core.content.PageRequest;
import org.proximite.core.initiative.InitiativeCard;
import org.proximite.core.initiative.InitiativePage;
import org.proximite.core.initiative.InitiativeQueries;
import org.proximite.core.internal.OneSnapshot;
import org.proximite.core.practice.PracticeCard;
import org.proximite.core.practice.PracticeFilter;
import org.proximite.core.practice.PracticePage;
import org.proximite.core.practice.PracticeQueries;
import org.proximite.core.theme.ThemeQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Reads an edition's content through the readers' own services, so that an edition shows exactly
 * what the guide's pages show: published texts, items not archived, of active chapters. Every
 * language of an edition is read in one read-only transaction that sees one state of the
 * database: a text published during the read is in every language of the edition or in none.
 */
@Service
public class EditionSnapshots {

    private final DSLContext dsl;
    private final ChapterQueries chapters;
    private final SnapshotCheckpoint checkpoint;

    @Autowired
    public EditionSnapshots(DSLContext dsl) {
        this(dsl, SnapshotCheckpoint.NONE);
    }

    /** With a checkpoint called between the languages' reads: a test's seam. */
    EditionSnapshots(DSLContext dsl, SnapshotCheckpoint checkpoint) {
        this.dsl = dsl;
        this.chapters = new ChapterQueries(dsl);
        this.checkpoint = checkpoint;
    }

    /** The active chapter with this id, named in that language. */
    public Optional<ChapterSummary> activeChapter(String chapterId, String language) {
        return chapters.list(language).stream()
                .filter(chapter -> chapter.state() == ChapterState.ACTIVE && chapter.id().equals(chapterId))
                .findFirst();
    }

    /** Languages an edition of this scope is made in by default: the guide's French and English and its chapters', or the chapter's. */
    public List<String> languages(EditionScope scope) {
        List<ChapterSummary> active = chapters.list("en").stream().filter(chapter -> chapter.state() == ChapterState.ACTIVE).toList();
        if (!scope.isWholeGuide()) {
            return active.stream().filter(chapter -> chapter.id().equals(scope.chapterId())).findFirst()
                    .map(ChapterSummary::languages).orElse(List.of());
        }
        List<String> languages = new ArrayList<>(List.of("fr", "en"));
        active.stream().flatMap(chapter -> chapter.languages().stream()).filter(code -> !languages.contains(code)).sorted().distinct()
                .forEach(languages::add);
        return languages;
    }

    /** The edition's snapshot in each of its languages, in its order, all read in one snapshot of the database. */
    List<EditionSnapshot> readAll(Edition edition, OffsetDateTime madeAt) {
        return OneSnapshot.read(dsl, tx -> {
            Readers readers = Readers.over(tx);
            List<EditionSnapshot> snapshots = new ArrayList<>();
            for (String language : edition.languages()) {
                snapshots.add(read(readers, edition, language, madeAt));
                checkpoint.languageRead(language);
            }
            return snapshots;
        });
    }

    /** The readers' services over the snapshot's transaction. */
    private record Readers(PracticeQueries practices, InitiativeQueries initiatives, ChapterQueries chapters) {

        static Readers over(DSLContext tx) {
            ItemQueries items = new ItemQueries(tx);
            return new Readers(new PracticeQueries(tx, new ThemeQueries(tx), items), new InitiativeQueries(tx, items), new ChapterQueries(tx));
        }
    }

    private static EditionSnapshot read(Readers readers, Edition edition, String language, OffsetDateTime madeAt) {
        PracticeQueries practices = readers.practices();
        InitiativeQueries initiatives = readers.initiatives();
        ChapterQueries chapters = readers.chapters();
        String chapterId = edition.scope().chapterId();
        List<ChapterSummary> active = chapters.list(language).stream().filter(chapter -> chapter.state() == ChapterState.ACTIVE).toList();
        ChapterSummary chapter = chapterId == null ? null : active.stream().filter(each -> each.id().equals(chapterId)).findFirst()
                .orElseThrow(() -> new EditionRefusedException(EditionReason.of("edition.scope.unknown-chapter", chapterId)));
        Map<String, String> names = new LinkedHashMap<>();
        active.forEach(each -> names.put(each.id(), each.name()));
        List<PracticePage> practicePages = new ArrayList<>();
        for (PracticeCard card : all(page -> practices.list(new PracticeFilter(language, null, chapterId, null, null, false), page))) {
            practices.find(card.slug(), language, false).ifPresent(practicePages::add);
        }
        List<InitiativePage> initiativePages = new ArrayList<>();
        for (InitiativeCard card : all(page -> initiatives.list(language, chapterId, false, page))) {
            initiatives.find(card.slug(), language, false).ifPresent(initiativePages::add);
        }
        var terms = chapters.terms(language);
        List<EditionChapter> covered = active.stream().filter(each -> chapterId == null || each.id().equals(chapterId))
                .map(each -> new EditionChapter(each, chapters.pages(each.id(), language), terms.getOrDefault(each.id(), List.of()),
                        chapters.adaptations(each.id(), language)))
                .toList();
        return new EditionSnapshot(edition.key(), edition.number(), language, chapter, names, madeAt, practicePages, initiativePages, covered);
    }

    private static <T> List<T> all(Function<PageRequest, Page<T>> pages) {
        List<T> all = new ArrayList<>();
        for (int number = 0; ; number++) {
            Page<T> page = pages.apply(new PageRequest(number, PageRequest.MAX_SIZE));
            all.addAll(page.items());
            if (page.items().size() < PageRequest.MAX_SIZE) {
                return all;
            }
        }
    }
}
