package org.proximite.core.language;

import static org.proximite.db.jooq.Tables.LANGUAGE;

import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;

/** Reads the content languages this installation knows. */
@Service
public class LanguageQueries {

    private final DSLContext dsl;

    public LanguageQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every known language, French and English first, then by code. */
    public List<ContentLanguage> all() {
        return dsl.selectFrom(LANGUAGE)
                .orderBy(org.jooq.impl.DSL.when(LANGUAGE.CODE.eq("fr"), 0).when(LANGUAGE.CODE.eq("en"), 1).otherwise(2), LANGUAGE.CODE)
                .fetch(row -> new ContentLanguage(row.getCode(), row.getNativeName()));
    }

    public boolean isKnown(String code) {
        return code != null && dsl.fetchExists(LANGUAGE, LANGUAGE.CODE.eq(code));
    }
}
