package org.proximite.core.chapter.running;

import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.proximite.db.jooq.Tables.CHAPTER;
import static org.proximite.db.jooq.Tables.CHAPTER_DEPENDENCY;
import static org.proximite.db.jooq.Tables.CHAPTER_PACKAGE;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.proximite.core.chapter.ChapterState;

/** Reads what the database records as installed: the record that every node reconciles itself with. */
final class InstalledChapters {

    private final DSLContext dsl;

    InstalledChapters(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every installed chapter that has its jar, by id, dependencies before the chapters that need them. */
    Map<String, InstalledChapter> all() {
        List<InstalledChapter> rows = dsl.select(CHAPTER.ID, CHAPTER_PACKAGE.VERSION, CHAPTER_PACKAGE.SHA256, CHAPTER.STATE, CHAPTER.REQUIRES,
                        multiset(select(CHAPTER_DEPENDENCY.DEPENDS_ON).from(CHAPTER_DEPENDENCY).where(CHAPTER_DEPENDENCY.CHAPTER_ID.eq(CHAPTER.ID)))
                                .convertFrom(dependencies -> Set.copyOf(dependencies.map(row -> row.value1()))))
                .from(CHAPTER)
                .join(CHAPTER_PACKAGE).on(CHAPTER_PACKAGE.CHAPTER_ID.eq(CHAPTER.ID))
                .orderBy(CHAPTER.ID)
                .fetch(row -> new InstalledChapter(row.value1(), row.value2(), row.value3(), ChapterState.valueOf(row.value4()),
                        row.value5(), row.value6()));
        Map<String, InstalledChapter> ordered = new LinkedHashMap<>();
        dependenciesFirst(rows).forEach(chapter -> ordered.put(chapter.id(), chapter));
        return ordered;
    }

    /** The jar the database keeps for this version of the chapter, or null. */
    byte[] jar(String chapterId, String version) {
        return dsl.select(CHAPTER_PACKAGE.CONTENT).from(CHAPTER_PACKAGE)
                .where(CHAPTER_PACKAGE.CHAPTER_ID.eq(chapterId)).and(CHAPTER_PACKAGE.VERSION.eq(version))
                .fetchOne(CHAPTER_PACKAGE.CONTENT);
    }

    /** Orders chapters so that each comes after the chapters it depends on; a cycle (refused at install) keeps id order. */
    static List<InstalledChapter> dependenciesFirst(List<InstalledChapter> chapters) {
        List<InstalledChapter> ordered = new ArrayList<>();
        List<InstalledChapter> waiting = new ArrayList<>(chapters);
        while (!waiting.isEmpty()) {
            Set<String> pending = new HashSet<>();
            waiting.forEach(chapter -> pending.add(chapter.id()));
            List<InstalledChapter> ready = waiting.stream().filter(chapter -> chapter.dependencies().stream().noneMatch(pending::contains)).toList();
            List<InstalledChapter> next = ready.isEmpty() ? List.copyOf(waiting) : ready;
            ordered.addAll(next);
            waiting.removeAll(next);
        }
        return ordered;
    }
}
