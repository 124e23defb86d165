package org.proximite.core.initiative;

import static org.proximite.db.jooq.Tables.INITIATIVE;
import static org.proximite.db.jooq.Tables.INITIATIVE_PARTICIPANT;
import static org.proximite.db.jooq.Tables.INITIATIVE_PRACTICE;
import static org.proximite.db.jooq.Tables.INITIATIVE_TEXT;
import static org.proximite.db.jooq.Tables.PRACTICE;
import static org.proximite.db.jooq.Tables.STAKEHOLDER_GROUP;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.proximite.chapter.api.ContentStatus;
import org.proximite.chapter.api.InitiativeEntry.InitiativeText;
import org.proximite.core.editing.ContentNotFoundException;
import org.proximite.core.editing.FieldProblem;
import org.proximite.core.editing.InvalidEditException;
import org.proximite.core.editing.StaleEditException;
import org.proximite.db.jooq.tables.records.InitiativeRecord;
import org.springframework.stereotype.Service;

/** Creates and updates initiatives, all languages in one transaction, or nothing. */
@Service
public class InitiativeEditing {

    private final DSLContext dsl;
    private final Clock clock;

    public InitiativeEditing(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public InitiativeDraft load(String slug) {
        InitiativeRecord initiative = dsl.selectFrom(INITIATIVE).where(INITIATIVE.SLUG.eq(slug)).fetchOne();
        if (initiative == null) {
            throw new ContentNotFoundException("initiative", slug);
        }
        long id = initiative.getId();
        Map<String, InitiativeText> texts = new TreeMap<>(dsl.selectFrom(INITIATIVE_TEXT)
                .where(INITIATIVE_TEXT.INITIATIVE_ID.eq(id))
                .fetchMap(INITIATIVE_TEXT.LANGUAGE_CODE, InitiativeQueries::text));
        Map<String, Integer> participants = new TreeMap<>(dsl.select(INITIATIVE_PARTICIPANT.GROUP_CODE, INITIATIVE_PARTICIPANT.PARTICIPANT_COUNT)
                .from(INITIATIVE_PARTICIPANT)
                .where(INITIATIVE_PARTICIPANT.INITIATIVE_ID.eq(id))
                .fetchMap(INITIATIVE_PARTICIPANT.GROUP_CODE, INITIATIVE_PARTICIPANT.PARTICIPANT_COUNT));
        List<String> practices = dsl.select(PRACTICE.SLUG)
                .from(INITIATIVE_PRACTICE)
                .join(PRACTICE).on(PRACTICE.ID.eq(INITIATIVE_PRACTICE.PRACTICE_ID))
                .where(INITIATIVE_PRACTICE.INITIATIVE_ID.eq(id))
                .orderBy(PRACTICE.SLUG)
                .fetch(PRACTICE.SLUG);
        return new InitiativeDraft(id, initiative.getSlug(), initiative.getVersion(), initiative.getChapterId(),
                initiative.getDefaultLanguage(), initiative.getKind(), initiative.getCountryCode(),
                initiative.getLocality(), initiative.getStartDate(), initiative.getEndDate(),
                initiative.getEventYear(), initiative.getParticipantsTotal(), participants, practices,
                ContentStatus.valueOf(initiative.getStatus()), texts);
    }

    /** The stakeholder group codes that participant counts may use, in display order. */
    public List<String> stakeholderGroups() {
        return dsl.select(STAKEHOLDER_GROUP.CODE).from(STAKEHOLDER_GROUP).orderBy(STAKEHOLDER_GROUP.POSITION).fetch(STAKEHOLDER_GROUP.CODE);
    }

    /**
     * Saves the draft and returns the new version.
     *
     * @throws InvalidEditException when fields are wrong; nothing is saved
     * @throws StaleEditException when someone saved the initiative after this draft was loaded
     */
    public int save(InitiativeDraft draft, String user) {
        List<FieldProblem> problems = new ArrayList<>(InitiativeDraftValidator.problems(draft));
        problems.addAll(referenceProblems(draft));
        if (problems.isEmpty() && dsl.fetchExists(INITIATIVE, INITIATIVE.SLUG.eq(draft.slug())
                .and(draft.isNew() ? DSL.noCondition() : INITIATIVE.ID.ne(draft.id())))) {
            problems.add(new FieldProblem("slug", "validation.slugTaken", draft.slug()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidEditException(problems);
        }
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            OffsetDateTime now = OffsetDateTime.now(clock);
            String country = draft.countryCode() == null || draft.countryCode().isEmpty() ? null : draft.countryCode();
            String locality = draft.locality() == null || draft.locality().isBlank() ? null : draft.locality().strip();
            long id;
            int version;
            if (draft.isNew()) {
                id = tx.insertInto(INITIATIVE)
                        .set(INITIATIVE.SLUG, draft.slug())
                        .set(INITIATIVE.CHAPTER_ID, draft.chapterId())
                        .set(INITIATIVE.KIND, draft.kind())
                        .set(INITIATIVE.COUNTRY_CODE, country)
                        .set(INITIATIVE.LOCALITY, locality)
                        .set(INITIATIVE.START_DATE, draft.startDate())
                        .set(INITIATIVE.END_DATE, draft.endDate())
                        .set(INITIATIVE.EVENT_YEAR, draft.year())
                        .set(INITIATIVE.PARTICIPANTS_TOTAL, draft.participantsTotal())
                        .set(INITIATIVE.STATUS, draft.status().name())
                        .set(INITIATIVE.DEFAULT_LANGUAGE, draft.defaultLanguage())
                        .set(INITIATIVE.VERSION, 1)
                        .set(INITIATIVE.CREATED_AT, now)
                        .set(INITIATIVE.UPDATED_AT, now)
                        .set(INITIATIVE.UPDATED_BY, user)
                        .returningResult(INITIATIVE.ID)
                        .fetchSingle()
                        .value1();
                version = 1;
            } else {
                id = draft.id();
                version = draft.version() + 1;
                int updated = tx.update(INITIATIVE)
                        .set(INITIATIVE.SLUG, draft.slug())
                        .set(INITIATIVE.KIND, draft.kind())
                        .set(INITIATIVE.COUNTRY_CODE, country)
                        .set(INITIATIVE.LOCALITY, locality)
                        .set(INITIATIVE.START_DATE, draft.startDate())
                        .set(INITIATIVE.END_DATE, draft.endDate())
                        .set(INITIATIVE.EVENT_YEAR, draft.year())
                        .set(INITIATIVE.PARTICIPANTS_TOTAL, draft.participantsTotal())
                        .set(INITIATIVE.STATUS, draft.status().name())
                        .set(INITIATIVE.DEFAULT_LANGUAGE, draft.defaultLanguage())
                        .set(INITIATIVE.EDITED_LOCALLY, INITIATIVE.CHAPTER_ID.isNotNull())
                        .set(INITIATIVE.VERSION, version)
                        .set(INITIATIVE.UPDATED_AT, now)
                        .set(INITIATIVE.UPDATED_BY, user)
                        .where(INITIATIVE.ID.eq(id))
                        .and(INITIATIVE.VERSION.eq(draft.version()))
                        .execute();
                if (updated == 0) {
                    throw new StaleEditException(draft.slug());
                }
            }
            InitiativeWrites.replaceTexts(tx, id, draft.texts());
            InitiativeWrites.replaceParticipants(tx, id, draft.participantsByGroup());
            InitiativeWrites.replacePractices(tx, id, draft.practiceSlugs());
            return version;
        });
    }

    private List<FieldProblem> referenceProblems(InitiativeDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> groups = Set.copyOf(stakeholderGroups());
        draft.participantsByGroup().keySet().stream()
                .filter(group -> !groups.contains(group))
                .forEach(group -> problems.add(new FieldProblem("participants." + group, "validation.unknownGroup", group)));
        Set<String> practices = Set.copyOf(dsl.select(PRACTICE.SLUG).from(PRACTICE)
                .where(PRACTICE.SLUG.in(draft.practiceSlugs())).fetch(PRACTICE.SLUG));
        draft.practiceSlugs().stream()
                .filter(slug -> !practices.contains(slug))
                .forEach(slug -> problems.add(new FieldProblem("practices", "validation.unknownPractice", slug)));
        return problems;
    }
}
