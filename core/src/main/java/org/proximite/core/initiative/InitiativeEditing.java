package org.proximite.core.initiative;

import static org.proximite.db.jooq.Tables.CONTENT_ITEM;
import static org.proximite.db.jooq.Tables.INITIATIVE_FIELDS;
import static org.proximite.db.jooq.Tables.INITIATIVE_ORGANISATION_LINK;
import static org.proximite.db.jooq.Tables.INITIATIVE_PARTICIPANT_COUNT;
import static org.proximite.db.jooq.Tables.INITIATIVE_PRACTICE_LINK;
import static org.proximite.db.jooq.Tables.ORGANISATION;
import static org.proximite.db.jooq.Tables.STAKEHOLDER_GROUP;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jooq.DSLContext;
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
 * Creates and updates initiatives: what changed, in one transaction, or nothing. Saving one
 * language leaves the others as they are.
 */
@Service
public class InitiativeEditing {

    private final DSLContext dsl;
    private final ItemEditing items;

    public InitiativeEditing(DSLContext dsl, ItemEditing items) {
        this.dsl = dsl;
        this.items = items;
    }

    public InitiativeDraft load(String slug) {
        ItemDraft item = items.load(ItemKind.INITIATIVE, slug);
        return own(dsl, item);
    }

    private static InitiativeDraft own(DSLContext context, ItemDraft item) {
        long id = item.id();
        var facts = context.selectFrom(INITIATIVE_FIELDS).where(INITIATIVE_FIELDS.ITEM_ID.eq(id)).fetchSingle();
        Map<String, Integer> participants = new TreeMap<>(context.select(INITIATIVE_PARTICIPANT_COUNT.GROUP_CODE, INITIATIVE_PARTICIPANT_COUNT.PARTICIPANT_COUNT)
                .from(INITIATIVE_PARTICIPANT_COUNT)
                .where(INITIATIVE_PARTICIPANT_COUNT.INITIATIVE_ID.eq(id))
                .fetchMap(INITIATIVE_PARTICIPANT_COUNT.GROUP_CODE, INITIATIVE_PARTICIPANT_COUNT.PARTICIPANT_COUNT));
        List<String> practices = context.select(CONTENT_ITEM.SLUG)
                .from(INITIATIVE_PRACTICE_LINK)
                .join(CONTENT_ITEM).on(CONTENT_ITEM.ID.eq(INITIATIVE_PRACTICE_LINK.PRACTICE_ID))
                .where(INITIATIVE_PRACTICE_LINK.INITIATIVE_ID.eq(id))
                .orderBy(CONTENT_ITEM.SLUG)
                .fetch(CONTENT_ITEM.SLUG);
        List<String> organisations = context.select(ORGANISATION.SLUG)
                .from(INITIATIVE_ORGANISATION_LINK)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(INITIATIVE_ORGANISATION_LINK.ORGANISATION_ID))
                .where(INITIATIVE_ORGANISATION_LINK.INITIATIVE_ID.eq(id))
                .orderBy(ORGANISATION.SLUG)
                .fetch(ORGANISATION.SLUG);
        var stored = new InitiativeDraft(item, new InitiativeFacts(facts.getKind(), facts.getCountryCode(), facts.getLocality(), facts.getStartDate(),
                facts.getEndDate(), facts.getEventYear(), facts.getPlanned(), facts.getParticipantsTotal()), participants, practices, organisations,
                null);
        return new InitiativeDraft(item, stored.facts(), participants, practices, organisations, stored);
    }

    /** An organisation an initiative may name: its slug and its name. */
    public record Organisation(String slug, String name) {}

    /** The organisations initiatives may name, by name. */
    public List<Organisation> organisations() {
        return dsl.select(ORGANISATION.SLUG, ORGANISATION.NAME).from(ORGANISATION).orderBy(ORGANISATION.NAME, ORGANISATION.SLUG)
                .fetch(row -> new Organisation(row.value1(), row.value2()));
    }

    /** The stakeholder group codes that participant counts may use, in display order. */
    public List<String> stakeholderGroups() {
        return dsl.select(STAKEHOLDER_GROUP.CODE).from(STAKEHOLDER_GROUP).orderBy(STAKEHOLDER_GROUP.POSITION).fetch(STAKEHOLDER_GROUP.CODE);
    }

    /**
     * Saves the draft and returns it as saved.
     *
     * @throws InvalidEditException when fields are wrong; nothing is saved
     * @throws StaleEditException when someone saved the same field meanwhile, differently
     *     ({@link org.proximite.core.editing.ConflictException}, with both values); other changes merge
     * @throws org.proximite.core.actor.NotAllowedException when the actor may not edit it
     */
    public InitiativeDraft save(InitiativeDraft asked, Actor actor) {
        return save(asked, actor, Map.of());
    }

    /**
     * As {@link #save(InitiativeDraft, Actor)}, with a note on each revision it makes (an import
     * saying what it brought to that language), written in the same transaction.
     *
     * @param notes the notes by language; a text of a language without one gets none
     */
    public InitiativeDraft save(InitiativeDraft asked, Actor actor, Map<String, RevisionNote> notes) {
        // A writer's change of a published text becomes its next draft; readers keep the published version.
        InitiativeDraft draft = asked.withItem(items.asWrittenBy(actor, asked.item()));
        items.requireAllowed(actor, draft.item(), draft.original() == null || !sameOwnFields(draft.original(), draft));
        List<FieldProblem> problems = new ArrayList<>(items.problems(ItemKind.INITIATIVE, draft.item()));
        problems.addAll(InitiativeFactsValidator.problems(draft.facts(), draft.participantsByGroup()));
        problems.addAll(referenceProblems(draft));
        if (!problems.isEmpty()) {
            throw new InvalidEditException(problems);
        }
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            boolean ownChanged = !draft.isNew() && !sameOwnFields(draft.original() != null ? draft.original() : own(tx, draft.item()), draft);
            ItemEditing.Written written = items.write(tx, actor, ItemKind.INITIATIVE, draft.item(), new OwnFields() {
                @Override
                public String name() {
                    return InitiativeDraft.OWN_FIELDS;
                }

                @Override
                public boolean changed() {
                    return ownChanged;
                }

                @Override
                public boolean changedByOthers(DSLContext context, long id) {
                    return draft.original() == null || !sameOwnFields(own(context, items.load(context, ItemKind.INITIATIVE, slugOf(context, id))),
                            draft.original());
                }

                @Override
                public void write(org.proximite.core.content.ItemRef ref) {
                    InitiativeWrites.writeFacts(tx, ref.id(), draft.facts());
                    InitiativeWrites.replaceParticipants(tx, ref.id(), draft.participantsByGroup());
                    InitiativeWrites.replacePractices(tx, ref.id(), draft.practiceSlugs());
                    // Written only when the editor changed them: a draft that does not carry them (a tool's) leaves them as stored.
                    if (organisationsChanged(draft)) {
                        InitiativeWrites.replaceOrganisations(tx, Map.of(ref.id(), draft.organisationSlugs()));
                    }
                }
            });
            RevisionNotes.noteCurrentRevisions(tx, written.ref().id(), notes);
            // Read again only when someone else changed the initiative since the editor loaded it.
            return written.saved() != null ? asSaved(written.saved(), draft) : own(tx, items.load(tx, ItemKind.INITIATIVE, written.ref().slug()));
        });
    }

    private static String slugOf(DSLContext context, long id) {
        return context.select(CONTENT_ITEM.SLUG).from(CONTENT_ITEM).where(CONTENT_ITEM.ID.eq(id)).fetchSingle(CONTENT_ITEM.SLUG);
    }

    /** The draft as it is now stored, without reading it again: its own fields as {@link #own} reads them. */
    private static InitiativeDraft asSaved(ItemDraft item, InitiativeDraft draft) {
        List<String> practices = draft.practiceSlugs().stream().distinct().sorted().toList();
        List<String> organisations = draft.organisationSlugs() == null ? null : draft.organisationSlugs().stream().distinct().sorted().toList();
        var stored = new InitiativeDraft(item, draft.facts().normalised(), new TreeMap<>(draft.participantsByGroup()), practices, organisations,
                null);
        return new InitiativeDraft(item, stored.facts(), stored.participantsByGroup(), practices, organisations, stored);
    }

    private static boolean sameOwnFields(InitiativeDraft stored, InitiativeDraft draft) {
        return stored.facts().equals(draft.facts().normalised())
                && stored.participantsByGroup().equals(draft.participantsByGroup())
                && Set.copyOf(stored.practiceSlugs()).equals(Set.copyOf(draft.practiceSlugs()))
                && (stored.organisationSlugs() == null || draft.organisationSlugs() == null
                        || Set.copyOf(stored.organisationSlugs()).equals(Set.copyOf(draft.organisationSlugs())));
    }

    /** Whether the draft carries organisations that differ from those it was loaded with (any, for a new initiative). */
    private static boolean organisationsChanged(InitiativeDraft draft) {
        if (draft.organisationSlugs() == null) {
            return false;
        }
        InitiativeDraft loaded = draft.original();
        return draft.isNew() || loaded == null || loaded.organisationSlugs() == null
                || !Set.copyOf(loaded.organisationSlugs()).equals(Set.copyOf(draft.organisationSlugs()));
    }

    private List<FieldProblem> referenceProblems(InitiativeDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> groups = Set.copyOf(stakeholderGroups());
        draft.participantsByGroup().keySet().stream()
                .filter(group -> !groups.contains(group))
                .forEach(group -> problems.add(new FieldProblem("participants." + group, "validation.unknownGroup", group)));
        Set<String> practices = Set.copyOf(dsl.select(CONTENT_ITEM.SLUG).from(CONTENT_ITEM)
                .where(CONTENT_ITEM.KIND.eq(ItemKind.PRACTICE.name())).and(CONTENT_ITEM.SLUG.in(draft.practiceSlugs())).fetch(CONTENT_ITEM.SLUG));
        draft.practiceSlugs().stream()
                .filter(slug -> !practices.contains(slug))
                .forEach(slug -> problems.add(new FieldProblem("practices", "validation.unknownPractice", slug)));
        if (draft.organisationSlugs() != null && !draft.organisationSlugs().isEmpty()) {
            Set<String> organisations = Set.copyOf(dsl.select(ORGANISATION.SLUG).from(ORGANISATION)
                    .where(ORGANISATION.SLUG.in(draft.organisationSlugs())).fetch(ORGANISATION.SLUG));
            draft.organisationSlugs().stream()
                    .filter(slug -> !organisations.contains(slug))
                    .forEach(slug -> problems.add(new FieldProblem("organisations", "validation.unknownOrganisation", slug)));
        }
        return problems;
    }
}
