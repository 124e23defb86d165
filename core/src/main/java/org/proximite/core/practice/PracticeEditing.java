package org.proximite.core.practice;

import static org.proximite.db.jooq.Tables.PRACTICE;
import static org.proximite.db.jooq.Tables.PRACTICE_TEXT;
import static org.proximite.db.jooq.Tables.PRACTICE_THEME;
import static org.proximite.db.jooq.Tables.THEME;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.proximite.chapter.api.ContentStatus;
import org.proximite.chapter.api.EvidenceLevel;
import org.proximite.chapter.api.PracticeEntry.PracticeText;
import org.proximite.core.editing.ContentNotFoundException;
import org.proximite.core.editing.FieldProblem;
import org.proximite.core.editing.InvalidEditException;
import org.proximite.core.editing.StaleEditException;
import org.proximite.db.jooq.tables.records.PracticeRecord;
import org.springframework.stereotype.Service;

/**
 * Creates and updates practices. A save writes every language in one transaction, or nothing:
 * field problems and stale copies are refused before anything changes.
 */
@Service
public class PracticeEditing {

    private final DSLContext dsl;
    private final Clock clock;

    public PracticeEditing(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** The practice with all its languages, as an editor opens it. */
    public PracticeDraft load(String slug) {
        PracticeRecord practice = dsl.selectFrom(PRACTICE).where(PRACTICE.SLUG.eq(slug)).fetchOne();
        if (practice == null) {
            throw new ContentNotFoundException("practice", slug);
        }
        Map<String, PracticeText> texts = PracticeWrites.readTexts(dsl, practice.getId());
        List<String> themeSlugs = dsl.select(THEME.SLUG)
                .from(PRACTICE_THEME)
                .join(THEME).on(THEME.ID.eq(PRACTICE_THEME.THEME_ID))
                .where(PRACTICE_THEME.PRACTICE_ID.eq(practice.getId()))
                .orderBy(THEME.POSITION, THEME.SLUG)
                .fetch(THEME.SLUG);
        return new PracticeDraft(
                practice.getId(),
                practice.getSlug(),
                practice.getVersion(),
                practice.getChapterId(),
                practice.getDefaultLanguage(),
                EvidenceLevel.valueOf(practice.getEvidenceLevel()),
                ContentStatus.valueOf(practice.getStatus()),
                themeSlugs,
                texts);
    }

    /**
     * Saves the draft and returns the new version.
     *
     * @throws InvalidEditException when fields are wrong; nothing is saved
     * @throws StaleEditException when someone saved the practice after this draft was loaded
     */
    public int save(PracticeDraft draft, String user) {
        List<FieldProblem> problems = new ArrayList<>(PracticeDraftValidator.problems(draft));
        problems.addAll(themeProblems(draft.themeSlugs()));
        if (problems.isEmpty() && slugTakenByAnother(draft)) {
            problems.add(new FieldProblem("slug", "validation.slugTaken", draft.slug()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidEditException(problems);
        }
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            OffsetDateTime now = OffsetDateTime.now(clock);
            long id;
            int version;
            if (draft.isNew()) {
                id = tx.insertInto(PRACTICE)
                        .set(PRACTICE.SLUG, draft.slug())
                        .set(PRACTICE.CHAPTER_ID, draft.chapterId())
                        .set(PRACTICE.EVIDENCE_LEVEL, draft.evidenceLevel().name())
                        .set(PRACTICE.STATUS, draft.status().name())
                        .set(PRACTICE.DEFAULT_LANGUAGE, draft.defaultLanguage())
                        .set(PRACTICE.VERSION, 1)
                        .set(PRACTICE.CREATED_AT, now)
                        .set(PRACTICE.UPDATED_AT, now)
                        .set(PRACTICE.UPDATED_BY, user)
                        .returningResult(PRACTICE.ID)
                        .fetchSingle()
                        .value1();
                version = 1;
            } else {
                id = draft.id();
                version = draft.version() + 1;
                int updated = tx.update(PRACTICE)
                        .set(PRACTICE.SLUG, draft.slug())
                        .set(PRACTICE.EVIDENCE_LEVEL, draft.evidenceLevel().name())
                        .set(PRACTICE.STATUS, draft.status().name())
                        .set(PRACTICE.DEFAULT_LANGUAGE, draft.defaultLanguage())
                        .set(PRACTICE.EDITED_LOCALLY, PRACTICE.CHAPTER_ID.isNotNull())
                        .set(PRACTICE.VERSION, version)
                        .set(PRACTICE.UPDATED_AT, now)
                        .set(PRACTICE.UPDATED_BY, user)
                        .where(PRACTICE.ID.eq(id))
                        .and(PRACTICE.VERSION.eq(draft.version()))
                        .execute();
                if (updated == 0) {
                    throw new StaleEditException(draft.slug());
                }
            }
            PracticeWrites.replaceTexts(tx, id, draft.texts());
            PracticeWrites.replaceThemes(tx, id, draft.themeSlugs());
            return version;
        });
    }

    private List<FieldProblem> themeProblems(List<String> themeSlugs) {
        Set<String> known = Set.copyOf(dsl.select(THEME.SLUG).from(THEME).where(THEME.SLUG.in(themeSlugs)).fetch(THEME.SLUG));
        return themeSlugs.stream()
                .filter(slug -> !known.contains(slug))
                .map(slug -> new FieldProblem("themes", "validation.unknownTheme", slug))
                .toList();
    }

    private boolean slugTakenByAnother(PracticeDraft draft) {
        return dsl.fetchExists(PRACTICE, PRACTICE.SLUG.eq(draft.slug())
                .and(draft.isNew() ? org.jooq.impl.DSL.noCondition() : PRACTICE.ID.ne(draft.id())));
    }
}
