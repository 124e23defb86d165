package org.proximite.core.chapter;

import static org.proximite.db.jooq.Tables.INITIATIVE;
import static org.proximite.db.jooq.Tables.LANGUAGE;
import static org.proximite.db.jooq.Tables.PRACTICE;
import static org.proximite.db.jooq.Tables.STAKEHOLDER_GROUP;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.proximite.chapter.format.HostFacts;

/** Reads from the database what the chapter format's checks need to know about this host. */
final class HostFactsQueries {

    private HostFactsQueries() {}

    /** What this database knows, for a chapter that depends on the given chapters. */
    static HostFacts of(DSLContext dsl, Set<String> dependencyIds) {
        return new HostFacts(
                Set.copyOf(dsl.select(LANGUAGE.CODE).from(LANGUAGE).fetch(LANGUAGE.CODE)),
                Set.copyOf(dsl.select(STAKEHOLDER_GROUP.CODE).from(STAKEHOLDER_GROUP).fetch(STAKEHOLDER_GROUP.CODE)),
                Set.copyOf(dsl.select(PRACTICE.SLUG).from(PRACTICE).where(PRACTICE.CHAPTER_ID.in(dependencyIds)).fetch(PRACTICE.SLUG)),
                owners(dsl, PRACTICE, PRACTICE.SLUG, PRACTICE.CHAPTER_ID),
                owners(dsl, INITIATIVE, INITIATIVE.SLUG, INITIATIVE.CHAPTER_ID));
    }

    /** Every slug in use, with its chapter, or {@link HostFacts#SITE} for content written on the site. */
    private static Map<String, String> owners(DSLContext dsl, Table<?> table, Field<String> slug, Field<String> chapter) {
        Map<String, String> owners = new HashMap<>();
        dsl.select(slug, chapter).from(table).forEach(row -> owners.put(row.value1(), row.value2() == null ? HostFacts.SITE : row.value2()));
        return owners;
    }
}
