package org.proximite.core.chapter;

import static org.proximite.db.jooq.Tables.CONTENT_ITEM;
import static org.proximite.db.jooq.Tables.LANGUAGE;
import static org.proximite.db.jooq.Tables.STAKEHOLDER_GROUP;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.proximite.chapter.format.HostFacts;
import org.proximite.chapter.format.ItemKind;

/** Reads from the database what the chapter format's checks need to know about this host. */
final class HostFactsQueries {

    private HostFactsQueries() {}

    /** What this database knows, for a chapter that depends on the given chapters. */
    static HostFacts of(DSLContext dsl, Set<String> dependencyIds) {
        return new HostFacts(
                Set.copyOf(dsl.select(LANGUAGE.CODE).from(LANGUAGE).fetch(LANGUAGE.CODE)),
                Set.copyOf(dsl.select(STAKEHOLDER_GROUP.CODE).from(STAKEHOLDER_GROUP).fetch(STAKEHOLDER_GROUP.CODE)),
                Set.copyOf(dsl.select(CONTENT_ITEM.SLUG).from(CONTENT_ITEM)
                        .where(CONTENT_ITEM.KIND.eq(ItemKind.PRACTICE.name())).and(CONTENT_ITEM.CHAPTER_ID.in(dependencyIds))
                        .fetch(CONTENT_ITEM.SLUG)),
                owners(dsl, ItemKind.PRACTICE),
                owners(dsl, ItemKind.INITIATIVE));
    }

    /** Every slug of this kind in use, with its chapter, or {@link HostFacts#SITE} for content written on the site. */
    private static Map<String, String> owners(DSLContext dsl, ItemKind kind) {
        Map<String, String> owners = new HashMap<>();
        dsl.select(CONTENT_ITEM.SLUG, CONTENT_ITEM.CHAPTER_ID).from(CONTENT_ITEM).where(CONTENT_ITEM.KIND.eq(kind.name()))
                .forEach(row -> owners.put(row.value1(), row.value2() == null ? HostFacts.SITE : row.value2()));
        return owners;
    }
}
