package org.proximite.core.edition;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.proximite.core.chapter.ChapterQueries;
import org.proximite.core.chapter.ChapterState;
import org.proximite.core.chapter.ChapterSummary;
import org.proximite.core.content.Page;
import org.proximite.core.content.PageRequest;
import org.proximite.core.initiative.InitiativeCard;
import org.proximite.core.initiative.InitiativePage;
import org.proximite.core.initiative.InitiativeQueries;
import org.proximite.core.practice.PracticeCard;
import org.proximite.core.practice.PracticeFilter;
import org.proximite.core.practice.PracticePage;
import org.proximite.core.practice.PracticeQueries;
import org.springframework.stereotype.Service;

/**
 * Reads an edition's content through the readers' own services, so that an edition shows exactly
 * what the guide's pages show: published texts, items not archived, of active chapters.
 */
@Service
public class EditionSnapshots {

    private final PracticeQueries practices;
    private final InitiativeQueries initiatives;
    private final ChapterQueries chapters;

    public EditionSnapshots(PracticeQueries practices, InitiativeQueries initiatives, ChapterQueries chapters) {
        this.practices = practices;
        this.initiatives = initiatives;
        this.chapters = chapters;
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

    EditionSnapshot read(Edition edition, String language, OffsetDateTime madeAt) {
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
