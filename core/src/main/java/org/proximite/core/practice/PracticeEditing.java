package org.proximite.core.practice;

import static org.proximite.db.jooq.Tables.PRACTICE_FIELDS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.proximite.chapter.api.EvidenceLevel;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.actor.Actor;
import org.proximite.core.content.ItemDraft;
import org.proximite.core.content.ItemEditing;
import org.proximite.core.content.OwnFields;
import org.proximite.core.content.RevisionNote;
import org.proximite.core.content.RevisionNotes;
import org.proximite.core.editing.FieldProblem;
import org.proximite.core.editing.InvalidEditException;
import org.proximite.core.editing.StaleEditException;
import org.springframework.stereotype.Service;

/**
 * Creates and updates practices. A save writes what changed in one transaction, or nothing:
 * field problems and stale copies are refused before anything changes. Saving one language
 * leaves the others as they are.
 */
@Service
public class PracticeEditing {

    private final DSLContext dsl;
    private final ItemEditing items;
    private final List<PracticeTextCheck> checks;

    public PracticeEditing(DSLContext dsl, ItemEditing items, List<PracticeTextCheck> checks) {
        this.dsl = dsl;
        this.items = items;
        this.checks = List.copyOf(checks);
    }

    /** The practice with all its languages, as an editor opens it. */
    public PracticeDraft load(String slug) {
        return load(dsl, slug);
    }

    private PracticeDraft load(DSLContext context, String slug) {
        ItemDraft item = items.load(context, ItemKind.PRACTICE, slug);
        PracticeWrites.StoredEvidence evidence = PracticeWrites.evidence(context, item.id());
        return new PracticeDraft(item, evidence.level(), evidence.level(), evidence.outcomes(), evidence.outcomes());
    }

    /** What was saved, and the warnings of chapters' checks on the saved texts. */
    public record Saved(PracticeDraft draft, List<String> warnings) {}

    /**
     * Saves the draft and returns it as saved.
     *
     * @throws InvalidEditException when fields are wrong; nothing is saved
     * @throws StaleEditException when someone saved the same field meanwhile, differently
     *     ({@link org.proximite.core.editing.ConflictException}, with both values); other changes merge
     * @throws org.proximite.core.actor.NotAllowedException when the actor may not edit it
     */
    public Saved save(PracticeDraft asked, Actor actor) {
        return save(asked, actor, Map.of());
    }

    /**
     * As {@link #save(PracticeDraft, Actor)}, with a note on each revision it makes (an import
     * saying what it brought to that language), written in the same transaction.
     *
     * @param notes the notes by language; a text of a language without one gets none
     */
    public Saved save(PracticeDraft asked, Actor actor, Map<String, RevisionNote> notes) {
        // A writer's change of a published text becomes its next draft; readers keep the published version.
        PracticeDraft draft = asked.withItem(items.asWrittenBy(actor, asked.item()));
        boolean levelMayChange = draft.loadedEvidenceLevel() == null || draft.evidenceLevel() != draft.loadedEvidenceLevel();
        boolean outcomesMayChange = draft.outcomes() != null && (draft.loadedOutcomes() == null || !draft.outcomes().equals(draft.loadedOutcomes()));
        items.requireAllowed(actor, draft.item(), levelMayChange || outcomesMayChange);
        List<FieldProblem> problems = new ArrayList<>(items.problems(ItemKind.PRACTICE, draft.item()));
        if (draft.evidenceLevel() == null) {
            problems.add(new FieldProblem("evidenceLevel", "validation.required"));
        }
        if (draft.outcomes() != null) {
            problems.addAll(OutcomeValidation.problems(draft.outcomes(), draft.item().sources().size(), draft.evidenceLevel()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidEditException(problems);
        }
        PracticeDraft saved = dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            boolean levelChanged = !draft.isNew() && draft.evidenceLevel() != (draft.loadedEvidenceLevel() != null
                    ? draft.loadedEvidenceLevel() : evidenceLevel(tx, draft.item().id()));
            // The stored outcomes are read only when the draft does not carry both what it loaded and what it saves.
            boolean known = draft.outcomes() != null && draft.loadedOutcomes() != null;
            List<PracticeOutcome> stored = draft.isNew() || known ? List.of() : PracticeWrites.outcomes(tx, draft.item().id());
            List<PracticeOutcome> outcomes = draft.outcomes() != null ? draft.outcomes() : stored;
            boolean outcomesChanged = !draft.isNew() && !outcomes.equals(draft.loadedOutcomes() != null ? draft.loadedOutcomes() : stored);
            ItemEditing.Written written = items.write(tx, actor, ItemKind.PRACTICE, draft.item(), new OwnFields() {
                @Override
                public String name() {
                    return PracticeDraft.OWN_FIELDS;
                }

                @Override
                public boolean changed() {
                    return levelChanged || outcomesChanged;
                }

                @Override
                public boolean changedByOthers(DSLContext context, long id) {
                    if (draft.loadedEvidenceLevel() == null || draft.loadedOutcomes() == null) {
                        return true;
                    }
                    PracticeWrites.StoredEvidence stored = PracticeWrites.evidence(context, id);
                    return stored.level() != draft.loadedEvidenceLevel() || !stored.outcomes().equals(draft.loadedOutcomes());
                }

                @Override
                public void write(org.proximite.core.content.ItemRef ref) {
                    PracticeWrites.writeFields(tx, ref.id(), draft.evidenceLevel());
                    PracticeWrites.replaceOutcomes(tx, ref.id(), outcomes);
                }
            });
            RevisionNotes.noteCurrentRevisions(tx, written.ref().id(), notes);
            // Read again only when someone else changed the practice since the editor loaded it.
            return written.saved() != null
                    ? new PracticeDraft(written.saved(), draft.evidenceLevel(), draft.evidenceLevel(), outcomes, outcomes)
                    : load(tx, written.ref().slug());
        });
        List<String> warnings = new ArrayList<>();
        draft.item().texts().forEach((language, text) -> checks.forEach(check ->
                check.warnings(language, text.text()).forEach(warning -> warnings.add(language + ": " + warning))));
        return new Saved(saved, warnings);
    }

    private static EvidenceLevel evidenceLevel(DSLContext context, long id) {
        return EvidenceLevel.valueOf(context.select(PRACTICE_FIELDS.EVIDENCE_LEVEL).from(PRACTICE_FIELDS)
                .where(PRACTICE_FIELDS.ITEM_ID.eq(id)).fetchSingle().value1());
    }
}
