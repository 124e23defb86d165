package org.proximite.web.edition;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.proximite.core.edition.EditionSnapshot;
import org.proximite.core.practice.PracticePage;
import org.proximite.core.theme.ThemeRef;

/** The themes of an edition's practices, each with its practices, in the order of the edition's language. */
public record OfflineThemes(ThemeRef theme, List<PracticePage> practices) {

    static List<OfflineThemes> of(EditionSnapshot edition) {
        Map<String, ThemeRef> themes = new LinkedHashMap<>();
        Map<String, List<PracticePage>> practices = new LinkedHashMap<>();
        for (PracticePage practice : edition.practices()) {
            for (ThemeRef theme : practice.themes()) {
                themes.putIfAbsent(theme.slug(), theme);
                practices.computeIfAbsent(theme.slug(), slug -> new ArrayList<>()).add(practice);
            }
        }
        Collator order = Collator.getInstance(Locale.forLanguageTag(edition.language()));
        return themes.values().stream()
                .sorted(Comparator.comparing(ThemeRef::label, order))
                .map(theme -> new OfflineThemes(theme, List.copyOf(practices.get(theme.slug()))))
                .toList();
    }
}
