package org.proximite.core.content;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.proximite.core.editing.EditConflict;

/**
 * Three-way merge of an item's own parts (slug, default language, archived, themes, sources,
 * resources, related practices)
 * when someone else changed the item after the editor loaded it: each part the editor did not
 * change takes theirs; a part both changed differently is a conflict.
 */
final class ItemPartsMerge {

    private ItemPartsMerge() {}

    /**
     * The editor's draft with the parts someone else changed merged in (texts left as they are);
     * conflicts are added to {@code conflicts}.
     *
     * @param base the item as the editor loaded it
     * @param mine the editor's draft
     * @param theirs the item as stored now
     */
    static ItemDraft merge(ItemDraft base, ItemDraft mine, ItemDraft theirs, List<EditConflict> conflicts) {
        int version = theirs.version();
        String slug = part("slug", base.slug(), mine.slug(), theirs.slug(), version, conflicts);
        String defaultLanguage = part("defaultLanguage", base.defaultLanguage(), mine.defaultLanguage(), theirs.defaultLanguage(), version, conflicts);
        Boolean archived = part("archived", base.archived(), mine.archived(), theirs.archived(), version, conflicts);
        Set<String> themes = part("themes", Set.copyOf(base.themeSlugs()), Set.copyOf(mine.themeSlugs()), Set.copyOf(theirs.themeSlugs()), version,
                conflicts);
        List<Source> sources = part("sources", base.sources(), mine.sources(), theirs.sources(), version, conflicts);
        List<Resource> resources = part("resources", base.resources(), mine.resources(), theirs.resources(), version, conflicts);
        Set<String> related = part("related", Set.copyOf(base.relatedSlugs()), Set.copyOf(mine.relatedSlugs()), Set.copyOf(theirs.relatedSlugs()),
                version, conflicts);
        List<String> themeSlugs = mine.themeSlugs().stream().collect(Collectors.toSet()).equals(themes) ? mine.themeSlugs() : theirs.themeSlugs();
        List<String> relatedSlugs = Set.copyOf(mine.relatedSlugs()).equals(related) ? mine.relatedSlugs() : theirs.relatedSlugs();
        return new ItemDraft(mine.id(), slug, version, theirs.chapterId(), defaultLanguage, archived, themeSlugs, mine.texts(), sources,
                resources, relatedSlugs, mine.original());
    }

    private static <T> T part(String name, T base, T mine, T theirs, int version, List<EditConflict> conflicts) {
        if (TextMerge.conflict(base, mine, theirs)) {
            conflicts.add(new EditConflict(null, name, shown(mine), shown(theirs), version));
            return mine;
        }
        return TextMerge.merged(base, mine, theirs);
    }

    /** A part as a person reads it in a conflict: themes and practices by slug, sources by title, resources by title and address, one a line. */
    private static String shown(Object value) {
        if (value instanceof Set<?> set) {
            return set.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
        }
        if (value instanceof List<?> list) {
            return list.stream()
                    .map(item -> item instanceof Source source ? source.title()
                            : item instanceof Resource resource ? resource.label() + " " + resource.url() : String.valueOf(item))
                    .collect(Collectors.joining("\n"));
        }
        return String.valueOf(value);
    }
}
