package org.proximite.chapter.format.content;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Markdown bodies of one folder ({@code SLUG.LANG.md}), by slug and language. A body whose
 * name is not of that form, or whose slug has no YAML file beside it, is reported: the author
 * meant it to be shown, and it would not be.
 */
final class MarkdownBodies {

    private final Map<String, Map<String, String>> bySlug = new LinkedHashMap<>();

    /**
     * @param slugs the slugs of the folder's YAML files
     */
    static MarkdownBodies of(ChapterFiles files, String folder, Set<String> slugs) {
        MarkdownBodies bodies = new MarkdownBodies();
        for (String file : files.list(folder, ".md")) {
            String stem = file.substring(folder.length(), file.length() - ".md".length());
            int dot = stem.lastIndexOf('.');
            String language = dot < 0 ? "" : stem.substring(dot + 1);
            if (dot <= 0 || !LanguageTags.looksLikeLanguage(language)) {
                files.problem(file, "", "content.body.name");
                continue;
            }
            String slug = stem.substring(0, dot);
            if (!slugs.contains(slug)) {
                files.problem(file, "", "content.body.orphan", folder + slug + ".yaml");
                continue;
            }
            bodies.bySlug.computeIfAbsent(slug, key -> new TreeMap<>()).put(language, file);
        }
        return bodies;
    }

    /** File names of one slug's bodies, by language. */
    Map<String, String> of(String slug) {
        return bySlug.getOrDefault(slug, Map.of());
    }
}
