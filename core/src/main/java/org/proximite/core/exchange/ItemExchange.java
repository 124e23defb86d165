package org.proximite.core.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jooq.DSLContext;
import org.proximite.core.actor.Actor;
import org.proximite.core.actor.NotAllowedException;
import org.proximite.core.actor.Role;
import org.proximite.core.content.ItemDraft;
import org.proximite.core.content.LanguageText;
import org.proximite.core.content.Source;
import org.proximite.core.editing.ConflictException;
import org.proximite.core.editing.EditConflict;
import org.proximite.core.editing.FieldProblem;
import org.proximite.core.editing.InvalidEditException;
import org.proximite.core.language.LanguageQueries;
import org.proximite.core.workflow.OutdatedTranslations;
import org.proximite.core.workflow.Revisions;
import org.proximite.core.workflow.TextWorkflow;
import org.proximite.core.workflow.Transition;

/**
 * One kind's items exchanged whole with tools: read for editing, written back from the versions
 * they were read at, created, moved through the workflow, and their revisions listed. The same
 * permission checks as the editor's: the kind's editing service and the workflow check the actor.
 *
 * <p>Writing back builds the editor's draft a tool would have had: what it was read from is each
 * language's kept revision at the version the tool carries (read only for the languages that
 * moved on since), so the save merges the tool's changes with others' field by field. The item's
 * own parts have no revisions: a part the tool changed while the item moved on is a conflict.
 *
 * @param <D> the kind's draft
 * @param <O> the kind's own fields
 */
public class ItemExchange<D, O> {

    private final DSLContext dsl;
    private final ExchangedKind<D, O> kind;
    private final LanguageQueries languages;
    private final OutdatedTranslations outdated;
    private final Revisions revisions;
    private final TextWorkflow workflow;

    public ItemExchange(DSLContext dsl, ExchangedKind<D, O> kind, LanguageQueries languages, OutdatedTranslations outdated, Revisions revisions,
            TextWorkflow workflow) {
        this.dsl = dsl;
        this.kind = kind;
        this.languages = languages;
        this.outdated = outdated;
        this.revisions = revisions;
        this.workflow = workflow;
    }

    /**
     * The item whole, drafts included: for people who work on content.
     *
     * @throws NotAllowedException when the actor has no content role
     * @throws org.proximite.core.editing.ContentNotFoundException when there is no such item
     */
    public ItemCopy<O> copy(String slug, Actor actor) {
        requireContentRole(actor);
        return copyOf(kind.load(slug));
    }

    private ItemCopy<O> copyOf(D draft) {
        ItemDraft item = kind.item(draft);
        return new ItemCopy<>(item, kind.own(draft), outdated.byLanguage(kind.kind(), item.slug()));
    }

    /**
     * Writes back an item a tool read and edited: only what differs from the versions it carries
     * is written, merged with what others saved since.
     *
     * @return the item as it is now
     * @throws ConflictException when the tool and someone else changed the same field differently; nothing is saved
     * @throws InvalidEditException when the sent item is wrong (an unknown language or version, a field's rule); nothing is saved
     * @throws NotAllowedException when the actor may not make a change it asks
     */
    public ItemCopy<O> save(String slug, SentItem<O> sent, Actor actor) {
        requireContentRole(actor);
        D current = kind.load(slug);
        ItemDraft stored = kind.item(current);
        Map<String, LanguageText> base = bases(stored, sent);
        List<EditConflict> conflicts = new ArrayList<>();
        boolean itemCurrent = sent.version() == stored.version();
        String slugAsked = part("slug", sent.slug(), stored.slug(), itemCurrent, stored.version(), conflicts);
        String defaultLanguage = part("defaultLanguage", sent.defaultLanguage(), stored.defaultLanguage(), itemCurrent, stored.version(), conflicts);
        boolean archived = part("archived", sent.archived(), stored.archived(), itemCurrent, stored.version(), conflicts);
        List<String> themes = sent.themes() == null || Set.copyOf(sent.themes()).equals(Set.copyOf(stored.themeSlugs())) ? stored.themeSlugs()
                : part("themes", sent.themes(), stored.themeSlugs(), itemCurrent, stored.version(), conflicts);
        List<Source> sources = part("sources", sent.sources(), stored.sources(), itemCurrent, stored.version(), conflicts);
        O ownStored = kind.own(current);
        O own = sent.own() == null || kind.same(sent.own(), ownStored) ? ownStored : sent.own();
        if (own != ownStored && !itemCurrent) {
            conflicts.add(new EditConflict(null, "own", null, null, stored.version()));
        }
        if (!conflicts.isEmpty()) {
            throw new ConflictException(stored.slug(), conflicts);
        }
        Map<String, LanguageText> texts = new LinkedHashMap<>(stored.texts());
        sent.texts().forEach((language, text) -> {
            LanguageText from = base.get(language);
            texts.put(language, new LanguageText(text.state() != null ? text.state() : from != null ? from.state()
                    : org.proximite.core.content.TextState.DRAFT, text.version(), text.text(), null, null, null, null));
        });
        // Tools do not exchange resources and related practices: they stay as stored.
        ItemDraft loaded = new ItemDraft(stored.id(), stored.slug(), stored.version(), stored.chapterId(), stored.defaultLanguage(),
                stored.archived(), stored.themeSlugs(), base, stored.sources(), stored.resources(), stored.relatedSlugs(), null);
        ItemDraft mine = new ItemDraft(stored.id(), slugAsked, stored.version(), stored.chapterId(), defaultLanguage, archived, themes, texts,
                sources, stored.resources(), stored.relatedSlugs(), loaded);
        return copyOf(kind.save(kind.edited(mine, own, ownStored), actor));
    }

    /**
     * Each language's text as the tool read it: the stored one when the tool carries its version,
     * the kept revision at the version it carries when the text moved on since, none for a
     * language it adds. Languages it does not send are as stored.
     */
    private Map<String, LanguageText> bases(ItemDraft stored, SentItem<O> sent) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, LanguageText> base = new LinkedHashMap<>(stored.texts());
        Map<String, Integer> older = new LinkedHashMap<>();
        sent.texts().forEach((language, text) -> {
            LanguageText now = stored.texts().get(language);
            int storedVersion = now == null ? 0 : now.version();
            if (!languages.isKnown(language)) {
                problems.add(new FieldProblem(language, "validation.unknownLanguage", language));
            } else if (text.text() == null) {
                problems.add(new FieldProblem(language, "validation.required"));
            } else if (text.version() < 0 || text.version() > storedVersion) {
                problems.add(new FieldProblem(language + ".version", "validation.unknownVersion", text.version(), storedVersion));
            } else if (text.version() == 0) {
                base.remove(language);
            } else if (text.version() != storedVersion) {
                older.put(language, text.version());
            }
        });
        Map<String, LanguageText> read = older.isEmpty() ? Map.of() : RevisionTexts.at(dsl, stored.id(), older);
        older.forEach((language, version) -> {
            if (read.containsKey(language)) {
                base.put(language, read.get(language));
            } else {
                problems.add(new FieldProblem(language + ".version", "validation.unknownVersion", version, stored.texts().get(language).version()));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidEditException(problems);
        }
        return base;
    }

    /**
     * The value a part of the item is saved with: the stored one when the tool left it out or
     * sent it unchanged; the tool's when it read the item's current version; else a conflict, as
     * the item's parts keep no revisions to merge with.
     */
    private static <T> T part(String name, T sent, T stored, boolean itemCurrent, int version, List<EditConflict> conflicts) {
        if (sent == null || Objects.equals(sent, stored)) {
            return stored;
        }
        if (!itemCurrent) {
            conflicts.add(new EditConflict(null, name, String.valueOf(sent), String.valueOf(stored), version));
        }
        return sent;
    }

    /**
     * Creates an item from what a tool sends.
     *
     * @return the item as stored
     */
    public ItemCopy<O> create(SentItem<O> sent, Actor actor) {
        requireContentRole(actor);
        String defaultLanguage = sent.defaultLanguage() == null || sent.defaultLanguage().isBlank() ? "fr" : sent.defaultLanguage();
        D blank = kind.blank(defaultLanguage);
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, LanguageText> texts = new LinkedHashMap<>();
        sent.texts().forEach((language, text) -> {
            if (!languages.isKnown(language)) {
                problems.add(new FieldProblem(language, "validation.unknownLanguage", language));
            } else if (text.text() != null) {
                texts.put(language, new LanguageText(text.state() == null ? org.proximite.core.content.TextState.DRAFT : text.state(), 0,
                        text.text(), null, null, null, null));
            }
        });
        if (!languages.isKnown(defaultLanguage)) {
            problems.add(new FieldProblem("defaultLanguage", "validation.unknownLanguage", defaultLanguage));
        }
        if (!problems.isEmpty()) {
            throw new InvalidEditException(problems);
        }
        ItemDraft draft = new ItemDraft(null, sent.slug() == null ? "" : sent.slug().strip(), 0, sent.chapterId(), defaultLanguage,
                Boolean.TRUE.equals(sent.archived()), sent.themes() == null ? List.of() : sent.themes(),
                texts, sent.sources() == null ? List.of() : sent.sources(), List.of(), List.of(), null);
        O own = sent.own() == null ? kind.own(blank) : sent.own();
        return copyOf(kind.save(kind.edited(draft, own, null), actor));
    }

    /**
     * Moves one language's text through the workflow, from the version the tool saw.
     *
     * @return the text as it is now
     */
    public LanguageText move(String slug, String language, int version, Transition transition, String comment, Actor actor) {
        return workflow.move(new TextWorkflow.TextAt(kind.kind(), slug, language, version), transition, comment, actor);
    }

    /** The versions of one language's text, newest first: for people who work on content. */
    public List<Revisions.Revision> revisions(String slug, String language, Actor actor) {
        requireContentRole(actor);
        return revisions.list(kind.kind(), slug, language);
    }

    private static void requireContentRole(Actor actor) {
        if (!actor.maySeeDrafts()) {
            throw new NotAllowedException(actor.name(), "denied.role", Role.COORDINATOR.name());
        }
    }
}
