package org.proximite.web.edition;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.proximite.core.content.ShownPage;
import org.proximite.core.edition.EditionSnapshot;
import tools.jackson.databind.json.JsonMapper;

/**
 * The offline copy's search index: for each page, its address, title, summary and the words of its
 * texts, lower case and without accents, each once. Small enough to read in a browser at once.
 */
public final class OfflineSearchIndex {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One page of the offline copy, as the search lists it. */
    public record Entry(String url, String kind, String title, String summary, String words) {}

    private OfflineSearchIndex() {}

    static List<Entry> of(EditionSnapshot edition) {
        List<Entry> entries = new ArrayList<>();
        edition.practices().forEach(page -> entries.add(entry("practices/" + page.item().slug() + ".html", "practice", page.shown())));
        edition.initiatives().forEach(page -> entries.add(entry("initiatives/" + page.item().slug() + ".html", "initiative", page.shown())));
        return entries;
    }

    /** The index as JSON. */
    static String json(List<Entry> entries) {
        return JSON.writeValueAsString(entries);
    }

    /**
     * The same, safe to put inside a {@code <script>} element: every {@code <} written as its JSON
     * escape (a backslash and {@code u003c}), so that no text can end the element ({@code </script>})
     * nor open an escaped comment ({@code <!--<script>}) that would swallow the end tag and the
     * page's search.
     * Only strings hold a {@code <} in JSON, where the escape means the same character.
     */
    static String jsonInScript(List<Entry> entries) {
        return json(entries).replace("<", "\\u003c");
    }

    private static Entry entry(String url, String kind, ShownPage shown) {
        Set<String> words = new LinkedHashSet<>();
        shown.text().fields().values().forEach(text -> words.addAll(words(text)));
        return new Entry(url, kind, shown.text().title(), shown.text().summary(), String.join(" ", words));
    }

    static List<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return java.util.Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(word -> word.length() > 1).toList();
    }
}
