package org.proximite.core.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every item has as an editor works on it, whatever its kind: every language at once, each
 * with the version it was loaded at, so that a save of one language checks only that language.
 *
 * @param id null for an item not yet saved
 * @param version the version of the item's own fields the editor loaded
 * @param texts the texts per language; a language whose fields are all blank is not saved
 * @param sources its numbered references, in order
 * @param resources its tools and resources (links and files), in order
 * @param relatedSlugs the practices it is related to, by slug
 * @param original the item as the editor loaded it (null for a new item): a save writes only
 *     what differs from it, so that two people changing different parts do not collide
 */
public record ItemDraft(
        Long id,
        String slug,
        int version,
        String chapterId,
        String defaultLanguage,
        boolean archived,
        List<String> themeSlugs,
        Map<String, LanguageText> texts,
        List<Source> sources,
        List<Resource> resources,
        List<String> relatedSlugs,
        ItemDraft original) {

    public ItemDraft {
        themeSlugs = List.copyOf(themeSlugs);
        sources = List.copyOf(sources);
        // Absent from a draft kept by an older version of the application: none, as it had none.
        resources = resources == null ? List.of() : List.copyOf(resources);
        relatedSlugs = relatedSlugs == null ? List.of() : List.copyOf(relatedSlugs);
        texts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    }

    /** A draft without sources, resources or related practices. */
    public ItemDraft(Long id, String slug, int version, String chapterId, String defaultLanguage, boolean archived, List<String> themeSlugs,
            Map<String, LanguageText> texts, ItemDraft original) {
        this(id, slug, version, chapterId, defaultLanguage, archived, themeSlugs, texts, List.of(), List.of(), List.of(), original);
    }

    public static ItemDraft blank(String defaultLanguage) {
        return new ItemDraft(null, "", 0, null, defaultLanguage, false, List.of(), Map.of(), List.of(), List.of(), List.of(), null);
    }

    /** A draft as loaded from the database: it is its own original. */
    static ItemDraft loaded(Long id, String slug, int version, String chapterId, String defaultLanguage, boolean archived,
            List<String> themeSlugs, Map<String, LanguageText> texts, List<Source> sources, List<Resource> resources, List<String> relatedSlugs) {
        ItemDraft original = new ItemDraft(id, slug, version, chapterId, defaultLanguage, archived, themeSlugs, texts, sources, resources,
                relatedSlugs, null);
        return new ItemDraft(id, slug, version, chapterId, defaultLanguage, archived, themeSlugs, texts, sources, resources, relatedSlugs,
                original);
    }

    public boolean isNew() {
        return id == null;
    }

    public ItemText text(String language) {
        LanguageText text = texts.get(language);
        return text == null ? ItemText.EMPTY : text.text();
    }

    /** This draft with one language's text replaced (its state and loaded version kept). */
    public ItemDraft withText(String language, ItemText text) {
        Map<String, LanguageText> changed = new LinkedHashMap<>(texts);
        LanguageText current = texts.get(language);
        changed.put(language, current == null ? LanguageText.draft(text) : current.withText(text));
        return new ItemDraft(id, slug, version, chapterId, defaultLanguage, archived, themeSlugs, changed, sources, resources, relatedSlugs,
                original);
    }

    /** This draft with one language's state changed. */
    public ItemDraft withState(String language, TextState state) {
        Map<String, LanguageText> changed = new LinkedHashMap<>(texts);
        LanguageText current = texts.getOrDefault(language, LanguageText.draft(ItemText.EMPTY));
        changed.put(language, current.withState(state));
        return new ItemDraft(id, slug, version, chapterId, defaultLanguage, archived, themeSlugs, changed, sources, resources, relatedSlugs,
                original);
    }

    public ItemDraft with(String newSlug, String newDefaultLanguage, boolean newArchived, List<String> newThemeSlugs) {
        return new ItemDraft(id, newSlug, version, chapterId, newDefaultLanguage, newArchived, newThemeSlugs, texts, sources, resources,
                relatedSlugs, original);
    }

    /** This draft with these sources, numbered in this order. */
    public ItemDraft withSources(List<Source> newSources) {
        return new ItemDraft(id, slug, version, chapterId, defaultLanguage, archived, themeSlugs, texts, newSources, resources, relatedSlugs,
                original);
    }

    /** This draft with these resources, in this order. */
    public ItemDraft withResources(List<Resource> newResources) {
        return new ItemDraft(id, slug, version, chapterId, defaultLanguage, archived, themeSlugs, texts, sources, newResources, relatedSlugs,
                original);
    }

    /** This draft related to the practices of these slugs. */
    public ItemDraft withRelated(List<String> newRelatedSlugs) {
        return new ItemDraft(id, slug, version, chapterId, defaultLanguage, archived, themeSlugs, texts, sources, resources, newRelatedSlugs,
                original);
    }

    /**
     * This draft carried over the item as stored now ({@code current}, as loaded): what the editor
     * changed since they loaded it, over what others saved meanwhile. A field or part both changed
     * differently keeps the editor's value, or takes the stored one when {@code takeTheirs} names it
     * ({@link org.proximite.core.editing.EditConflict#key()}). The result's original is the stored
     * item, so that a save writes only what the editor changed.
     */
    public ItemDraft rebasedOn(org.proximite.chapter.format.ItemKind kind, ItemDraft current, java.util.Set<String> takeTheirs) {
        return ItemRebase.onto(kind, this, current, takeTheirs);
    }

    ItemHeader header(boolean editedLocally) {
        return new ItemHeader(slug, chapterId, defaultLanguage, archived, editedLocally);
    }
}
