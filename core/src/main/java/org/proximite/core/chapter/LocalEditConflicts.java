package org.proximite.core.chapter;

import static org.proximite.db.jooq.Tables.INITIATIVE;
import static org.proximite.db.jooq.Tables.PRACTICE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.proximite.chapter.api.ChapterContent;
import org.proximite.chapter.api.InitiativeEntry;
import org.proximite.chapter.api.PracticeEntry;
import org.proximite.core.initiative.InitiativeWrites;
import org.proximite.core.practice.PracticeWrites;

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
        Map<String, PracticeEntry> before = new LinkedHashMap<>();
        previous.practices().forEach(practice -> before.put(practice.slug(), practice));
        for (PracticeEntry practice : incoming.practices()) {
            if (Boolean.TRUE.equals(editedPractices.get(practice.slug())) && before.containsKey(practice.slug())) {
                Long practiceId = dsl.select(PRACTICE.ID).from(PRACTICE).where(PRACTICE.SLUG.eq(practice.slug())).fetchOne(PRACTICE.ID);
                conflicts.addAll(TextMerge.PRACTICES.conflicts(practice.slug(), before.get(practice.slug()).texts(), practice.texts(),
                        PracticeWrites.readTexts(dsl, practiceId)));
            }
        }
        Map<String, InitiativeEntry> initiativesBefore = new LinkedHashMap<>();
        previous.initiatives().forEach(initiative -> initiativesBefore.put(initiative.slug(), initiative));
        for (InitiativeEntry initiative : incoming.initiatives()) {
            if (Boolean.TRUE.equals(editedInitiatives.get(initiative.slug())) && initiativesBefore.containsKey(initiative.slug())) {
                Long initiativeId = dsl.select(INITIATIVE.ID).from(INITIATIVE).where(INITIATIVE.SLUG.eq(initiative.slug())).fetchOne(INITIATIVE.ID);
                conflicts.addAll(TextMerge.INITIATIVES.conflicts(initiative.slug(), initiativesBefore.get(initiative.slug()).texts(),
                        initiative.texts(), InitiativeWrites.readTexts(dsl, initiativeId)));
            }
        }
        return conflicts;
    }
}
