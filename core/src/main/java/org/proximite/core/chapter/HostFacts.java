package org.proximite.core.chapter;

import static org.proximite.db.jooq.Tables.LANGUAGE;
import static org.proximite.db.jooq.Tables.CONTENT_ITEM;
import static org.proximite.db.jooq.Tables.STAKEHOLDER_GROUP;

import java.util.Set;
import org.jooq.DSLContext;

/**
 * What a chapter's content may refer to beyond its own files.
 *
 * @param languages languages the host knows (no name needed in the chapter)
 * @param stakeholderGroups codes participant counts may use
 * @param dependencyPractices slugs of practices brought by the chapters it depends on
 */
public record HostFacts(Set<String> languages, Set<String> stakeholderGroups, Set<String> dependencyPractices) {

    /** What this database knows, for a chapter that depends on the given chapters. */
    static HostFacts of(DSLContext dsl, Set<String> dependencyIds) {
        return new HostFacts(
                Set.copyOf(dsl.select(LANGUAGE.CODE).from(LANGUAGE).fetch(LANGUAGE.CODE)),
                Set.copyOf(dsl.select(STAKEHOLDER_GROUP.CODE).from(STAKEHOLDER_GROUP).fetch(STAKEHOLDER_GROUP.CODE)),
                Set.copyOf(dsl.select(CONTENT_ITEM.SLUG).from(CONTENT_ITEM)
                        .where(CONTENT_ITEM.KIND.eq("PRACTICE")).and(CONTENT_ITEM.CHAPTER_ID.in(dependencyIds)).fetch(CONTENT_ITEM.SLUG)));
    }
}
