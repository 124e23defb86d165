package org.proximite.core.edition;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.proximite.core.chapter.ChapterSummary;
import org.proximite.core.initiative.InitiativePage;
import org.proximite.core.practice.PracticePage;

/**
 * What an edition holds in one language, as the guide's pages show it to readers: published
 * practices then initiatives, each in that language or with the guide's fallback.
 *
 * @param key the edition's key ({@code 3}, {@code guinea-2})
 * @param chapter the chapter of a chapter's edition (its name and colour for the cover), else null
 * @param chapterNames the active chapters' names in that language, by id
 * @param chapters the pages of the chapters it covers: every active chapter for the whole guide,
 *     else the one chapter
 */
public record EditionSnapshot(
        String key,
        int number,
        String language,
        ChapterSummary chapter,
        Map<String, String> chapterNames,
        OffsetDateTime madeAt,
        List<PracticePage> practices,
        List<InitiativePage> initiatives,
        List<EditionChapter> chapters) {

    public EditionSnapshot {
        chapters = List.copyOf(chapters);
        chapterNames = Map.copyOf(chapterNames);
        practices = List.copyOf(practices);
        initiatives = List.copyOf(initiatives);
    }

    public boolean isWholeGuide() {
        return chapter == null;
    }
}
