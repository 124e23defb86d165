package org.proximite.core.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The text an item's page shows: in the language asked when it has it, else in its default
 * language (for readers, published texts only), with the languages it can be read in. A text in
 * the language asked that lacks some fields (a translation in progress, a language with few
 * writers) gets those fields from the default language, and says which.
 *
 * @param language the language of {@code text}
 * @param fallback true when that is not the language asked (the page shows a notice)
 * @param fallbackFields fields shown in the default language because the text asked lacks them
 * @param languages the languages the item can be read in
 */
public record ShownPage(String language, boolean fallback, List<String> fallbackFields, List<String> languages, ItemText text) {

    /** Empty when no text can be shown (for readers: none is published). */
    public static Optional<ShownPage> choose(Map<String, LanguageText> texts, String asked, String defaultLanguage, boolean editors) {
        List<String> readable = texts.entrySet().stream()
                .filter(entry -> editors || entry.getValue().state() == TextState.PUBLISHED)
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        if (readable.isEmpty()) {
            return Optional.empty();
        }
        String shown = readable.contains(asked) ? asked : readable.contains(defaultLanguage) ? defaultLanguage : readable.getFirst();
        ItemText text = texts.get(shown).text();
        List<String> fallbackFields = new ArrayList<>();
        if (!shown.equals(defaultLanguage) && readable.contains(defaultLanguage)) {
            Map<String, String> fields = new HashMap<>(text.fields());
            texts.get(defaultLanguage).text().fields().forEach((name, value) -> {
                if (!fields.containsKey(name)) {
                    fields.put(name, value);
                    fallbackFields.add(name);
                }
            });
            text = new ItemText(fields);
        }
        return Optional.of(new ShownPage(shown, !shown.equals(asked), List.copyOf(fallbackFields.stream().sorted().toList()), readable, text));
    }
}
