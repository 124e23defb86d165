package org.proximite.core.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The text an item's page shows: in the language asked when it has it, else in its default
 * language (for readers, published texts only), with the languages it can be read in.
 *
 * @param language the language of {@code text}
 * @param fallback true when that is not the language asked (the page shows a notice)
 * @param languages the languages the item can be read in
 */
public record ShownPage(String language, boolean fallback, List<String> languages, ItemText text) {

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
        return Optional.of(new ShownPage(shown, !shown.equals(asked), readable, texts.get(shown).text()));
    }
}
