package org.proximite.web.guide;

import java.util.HashMap;
import java.util.Map;
import org.proximite.core.chapter.ChapterQueries;
import org.proximite.core.theme.ThemeQueries;
import org.springframework.stereotype.Component;

/** The names of facet values in a reader's language: themes' labels, chapters' names, evidence levels, kinds, languages. */
@Component
public class FacetLabels {

    private final ThemeQueries themes;
    private final ChapterQueries chapters;

    FacetLabels(ThemeQueries themes, ChapterQueries chapters) {
        this.themes = themes;
        this.chapters = chapters;
    }

    public Labels of(String lang, GuideTexts t) {
        Map<String, String> themeLabels = new HashMap<>();
        themes.tree(lang).forEach(root -> {
            themeLabels.put(root.slug(), root.label());
            root.children().forEach(child -> themeLabels.put(child.slug(), child.label()));
        });
        Map<String, String> chapterNames = new HashMap<>();
        chapters.list(lang).forEach(chapter -> chapterNames.put(chapter.id(), chapter.name()));
        return new Labels(t, themeLabels, chapterNames);
    }

    /** Labels of one language. */
    public record Labels(GuideTexts t, Map<String, String> themes, Map<String, String> chapters) {

        public String facet(String facet) {
            return t.get("search.facet." + facet);
        }

        public String value(String facet, String value) {
            return switch (facet) {
                case "kind" -> t.get("search.kind." + value);
                case "theme" -> themes.getOrDefault(value, value);
                case "chapter" -> chapters.getOrDefault(value, value);
                case "level" -> t.evidence(value);
                case "initiativeKind" -> t.initiativeKind(value);
                case "language" -> t.language(value);
                default -> value;
            };
        }
    }
}
