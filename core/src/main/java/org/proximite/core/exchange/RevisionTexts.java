package org.proximite.core.exchange;

import static org.proximite.db.jooq.Tables.CONTENT_REVISION;
import static org.proximite.db.jooq.Tables.CONTENT_REVISION_FIELD;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Row2;
import org.jooq.impl.DSL;
import org.proximite.core.content.ItemText;
import org.proximite.core.content.LanguageText;
import org.proximite.core.content.TextState;

/** Texts as they were at given versions, from their kept revisions: what a tool read, to merge what it changed. */
final class RevisionTexts {

    private RevisionTexts() {}

    /** The revisions of one item at these versions, by language; a version that was never saved is left out. One statement. */
    static Map<String, LanguageText> at(DSLContext dsl, long itemId, Map<String, Integer> versions) {
        if (versions.isEmpty()) {
            return Map.of();
        }
        List<Row2<String, Integer>> wanted = new ArrayList<>();
        versions.forEach((language, version) -> wanted.add(DSL.row(language, version)));
        Map<String, TextState> states = new HashMap<>();
        Map<String, Map<String, String>> fields = new HashMap<>();
        Map<String, Integer> found = new HashMap<>();
        dsl.select(CONTENT_REVISION.LANGUAGE_CODE, CONTENT_REVISION.VERSION, CONTENT_REVISION.STATE, CONTENT_REVISION_FIELD.FIELD_NAME,
                        CONTENT_REVISION_FIELD.FIELD_VALUE)
                .from(CONTENT_REVISION)
                .leftJoin(CONTENT_REVISION_FIELD).on(CONTENT_REVISION_FIELD.ITEM_ID.eq(CONTENT_REVISION.ITEM_ID))
                        .and(CONTENT_REVISION_FIELD.LANGUAGE_CODE.eq(CONTENT_REVISION.LANGUAGE_CODE))
                        .and(CONTENT_REVISION_FIELD.VERSION.eq(CONTENT_REVISION.VERSION))
                .where(CONTENT_REVISION.ITEM_ID.eq(itemId))
                .and(DSL.row(CONTENT_REVISION.LANGUAGE_CODE, CONTENT_REVISION.VERSION).in(wanted))
                .forEach(row -> {
                    found.put(row.value1(), row.value2());
                    states.put(row.value1(), TextState.valueOf(row.value3()));
                    Map<String, String> values = fields.computeIfAbsent(row.value1(), language -> new HashMap<>());
                    if (row.value4() != null) {
                        values.put(row.value4(), row.value5());
                    }
                });
        Map<String, LanguageText> texts = new HashMap<>();
        found.forEach((language, version) -> texts.put(language,
                new LanguageText(states.get(language), version, new ItemText(fields.get(language)), null, null, null, null)));
        return texts;
    }
}
