package org.proximite.core.project;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.proximite.db.jooq.Tables.CHAPTER;
import static org.proximite.db.jooq.Tables.ORGANISATION;
import static org.proximite.db.jooq.Tables.PROJECT;
import static org.proximite.db.jooq.Tables.PROJECT_ORGANISATION;
import static org.proximite.db.jooq.Tables.PROJECT_TEXT;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Service;

/** Reads projects with their organisations. */
@Service
public class ProjectQueries {

    private final DSLContext dsl;

    public ProjectQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every project, newest first, in the given language or its chapter's default language. */
    public List<ProjectSummary> list(String language) {
        var asked = PROJECT_TEXT.as("asked");
        var fallback = PROJECT_TEXT.as("fallback");
        return dsl.select(PROJECT.SLUG, coalesce(asked.NAME, fallback.NAME), coalesce(asked.GOAL, fallback.GOAL),
                        coalesce(asked.LANGUAGE_CODE, fallback.LANGUAGE_CODE), PROJECT.START_YEAR, PROJECT.END_YEAR,
                        organisations("FUNDER"), organisations("IMPLEMENTER"), PROJECT.CHAPTER_ID)
                .from(PROJECT)
                .leftJoin(CHAPTER).on(CHAPTER.ID.eq(PROJECT.CHAPTER_ID))
                .leftJoin(asked).on(asked.PROJECT_ID.eq(PROJECT.ID).and(asked.LANGUAGE_CODE.eq(language)))
                .leftJoin(fallback).on(fallback.PROJECT_ID.eq(PROJECT.ID).and(fallback.LANGUAGE_CODE.eq(coalesce(CHAPTER.DEFAULT_LANGUAGE, "fr"))))
                .orderBy(PROJECT.START_YEAR.desc().nullsLast(), PROJECT.SLUG)
                .fetch(row -> new ProjectSummary(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
                        row.value6(), row.value7(), row.value8(), row.value9()));
    }

    private static Field<List<String>> organisations(String role) {
        return multiset(select(ORGANISATION.NAME)
                        .from(PROJECT_ORGANISATION)
                        .join(ORGANISATION).on(ORGANISATION.ID.eq(PROJECT_ORGANISATION.ORGANISATION_ID))
                        .where(PROJECT_ORGANISATION.PROJECT_ID.eq(PROJECT.ID))
                        .and(PROJECT_ORGANISATION.ROLE.eq(role))
                        .orderBy(PROJECT_ORGANISATION.POSITION))
                .convertFrom(rows -> rows.map(row -> row.value1()));
    }
}
