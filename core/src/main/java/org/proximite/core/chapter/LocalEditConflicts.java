package org.proximite.core.chapter;

import static org.proximite.db.jooq.Tables.CONTENT_ITEM;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.proximite.chapter.api.ChapterContent;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.content.ContentTexts;
import org.proximite.core.content.ItemText;

/**
 * The fields that both the site and a new version of a chapter changed, for the install plan:
 * the one place where planning reads the content model's texts and three-way merge.
 */
public final class LocalEditConflicts {

    private LocalEditConflicts() {}

    /**
     * @param editedPractices installed practices of the chapter, by slug, to whether they were edited on the site
     * @param editedInitiatives the same for initiatives
     */
    public static List<TextConflict> between(DSLContext dsl, ChapterContent previous, ChapterContent incoming,
            Map<String, Boolean> editedPractices, Map<String, Boolean> editedInitiatives) {
        List<TextConflict> conflicts = new ArrayList<>();
        conflicts.addAll(of(dsl, ItemKind.PRACTICE, previous.practices(), incoming.practices(), editedPractices,
                practice -> practice.slug(), ChapterEntries::texts));
        conflicts.addAll(of(dsl, ItemKind.INITIATIVE, previous.initiatives(), incoming.initiatives(), editedInitiatives,
                initiative -> initiative.slug(), ChapterEntries::texts));
        return conflicts;
    }

    /** For one kind: the items edited here that both versions of the chapter ship. */
    private static <E> List<TextConflict> of(DSLContext dsl, ItemKind kind, List<E> previous, List<E> incoming, Map<String, Boolean> edited,
            Function<E, String> slug, Function<E, Map<String, ItemText>> texts) {
        Map<String, E> before = new LinkedHashMap<>();
        previous.forEach(entry -> before.put(slug.apply(entry), entry));
        List<TextConflict> conflicts = new ArrayList<>();
        for (E entry : incoming) {
            String key = slug.apply(entry);
            if (Boolean.TRUE.equals(edited.get(key)) && before.containsKey(key)) {
                long id = dsl.select(CONTENT_ITEM.ID).from(CONTENT_ITEM).where(CONTENT_ITEM.KIND.eq(kind.name())).and(CONTENT_ITEM.SLUG.eq(key))
                        .fetchSingle(CONTENT_ITEM.ID);
                conflicts.addAll(TextMerge.conflicts(kind, key, texts.apply(before.get(key)), texts.apply(entry), ContentTexts.fieldsOf(dsl, id)));
            }
        }
        return conflicts;
    }
}
