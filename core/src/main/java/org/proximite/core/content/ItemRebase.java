package org.proximite.core.content;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.proximite.chapter.format.ItemKind;
import org.proximite.chapter.format.TextField;

/**
 * An editor's draft carried over the item as stored now, after a save refused for a conflict: the
 * same three-way rules as the save's merge ({@link TextMerge}, {@link ItemPartsMerge}), with the
 * person's choice for each field both changed. Nothing the editor typed is dropped unless they
 * chose the stored text for it; nothing someone else saved to another field is dropped.
 */
final class ItemRebase {

    private ItemRebase() {}

    /**
     * @param mine the editor's draft, whose original is the item as they loaded it
     * @param current the item as stored now, as loaded (its own original)
     * @param takeTheirs the keys of the conflicting fields for which the stored value wins
     */
    static ItemDraft onto(ItemKind kind, ItemDraft mine, ItemDraft current, Set<String> takeTheirs) {
        ItemDraft base = mine.original() != null ? mine.original() : current;
        String slug = part("slug", base.slug(), mine.slug(), current.slug(), takeTheirs);
        String defaultLanguage = part("defaultLanguage", base.defaultLanguage(), mine.defaultLanguage(), current.defaultLanguage(), takeTheirs);
        boolean archived = part("archived", base.archived(), mine.archived(), current.archived(), takeTheirs);
        Set<String> themes = part("themes", Set.copyOf(base.themeSlugs()), Set.copyOf(mine.themeSlugs()), Set.copyOf(current.themeSlugs()),
                takeTheirs);
        List<String> themeSlugs = Set.copyOf(mine.themeSlugs()).equals(themes) ? mine.themeSlugs() : current.themeSlugs();
        List<Source> sources = part("sources", base.sources(), mine.sources(), current.sources(), takeTheirs);
        List<Resource> resources = part("resources", base.resources(), mine.resources(), current.resources(), takeTheirs);
        Set<String> related = part("related", Set.copyOf(base.relatedSlugs()), Set.copyOf(mine.relatedSlugs()),
                Set.copyOf(current.relatedSlugs()), takeTheirs);
        List<String> relatedSlugs = Set.copyOf(mine.relatedSlugs()).equals(related) ? mine.relatedSlugs() : current.relatedSlugs();
        Set<String> languages = new LinkedHashSet<>(mine.texts().keySet());
        languages.addAll(current.texts().keySet());
        Map<String, LanguageText> texts = new LinkedHashMap<>();
        for (String language : languages) {
            LanguageText text = text(kind, language, base.texts().get(language), mine.texts().get(language), current.texts().get(language),
                    takeTheirs);
            if (text != null) {
                texts.put(language, text);
            }
        }
        return new ItemDraft(current.id(), slug, current.version(), current.chapterId(), defaultLanguage, archived, themeSlugs, texts, sources,
                resources, relatedSlugs, current.original() != null ? current.original() : current);
    }

    /** One language's text, field by field; null when neither the editor nor the stored item has it. */
    private static LanguageText text(ItemKind kind, String language, LanguageText base, LanguageText mine, LanguageText theirs,
            Set<String> takeTheirs) {
        if (mine == null) {
            return theirs;
        }
        boolean changed = base == null ? !mine.text().isBlank() : base.state() != mine.state() || !Objects.equals(base.text(), mine.text());
        if (!changed) {
            // Left as loaded: as stored now, or gone when someone deleted it meanwhile.
            return theirs;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (TextField field : kind.textFields()) {
            String key = language + "." + field.name();
            String before = fieldOf(base, field);
            String yours = fieldOf(mine, field);
            String stored = fieldOf(theirs, field);
            values.put(field.name(), part(key, before, yours, stored, takeTheirs));
        }
        TextState loadedState = base == null ? TextState.DRAFT : base.state();
        TextState storedState = theirs == null ? loadedState : theirs.state();
        TextState state = part(language + ".state", loadedState, mine.state(), storedState, takeTheirs);
        ItemText text = ItemText.of(kind, values);
        return theirs == null
                ? new LanguageText(state, 0, text, null, null, null, null)
                : new LanguageText(state, theirs.version(), text, theirs.updatedAt(), theirs.updatedBy(), theirs.publishedVersion(),
                        theirs.sourceVersion());
    }

    private static <T> T part(String key, T base, T mine, T theirs, Set<String> takeTheirs) {
        if (TextMerge.conflict(base, mine, theirs)) {
            return takeTheirs.contains(key) ? theirs : mine;
        }
        return TextMerge.merged(base, mine, theirs);
    }

    /** Plain fields are saved stripped: compared stripped, as the save's merge compares them. */
    private static String fieldOf(LanguageText text, TextField field) {
        if (text == null) {
            return null;
        }
        String value = text.text().get(field.name());
        return value != null && !field.markdown() ? value.strip() : value;
    }
}
