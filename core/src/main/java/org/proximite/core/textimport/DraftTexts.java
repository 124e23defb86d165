package org.proximite.core.textimport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.proximite.chapter.format.ItemKind;
import org.proximite.chapter.format.TextField;
import org.proximite.core.content.ItemText;

/**
 * The texts of a new item made from accepted paragraphs (refused ones left out), one per language: the paragraphs without
 * a language go with the one before them (the first ones with the first language found); in each
 * language, the first paragraph (a heading, or a line) gives the title, the next plain paragraph
 * the summary, and the rest the body, in Markdown. Nothing is dropped: what is too long for the
 * title or the summary stays in the body.
 */
final class DraftTexts {

    private static final java.util.regex.Pattern HEADING = java.util.regex.Pattern.compile("^#{1,6}\\s+");
    private static final java.util.regex.Pattern NOT_PLAIN = java.util.regex.Pattern.compile("^(?:#{1,6}\\s|\\s*[-*+>]\\s|\\s*\\d+[.)]\\s|```|~~~)");

    private DraftTexts() {}

    /**
     * The texts by language, in the order the languages first appear.
     *
     * @param fallbackLanguage the language of every paragraph when none has one
     */
    static Map<String, ItemText> of(ItemKind kind, List<ImportedParagraph> paragraphs, String fallbackLanguage) {
        List<String> languages = languages(paragraphs, fallbackLanguage);
        Map<String, List<String>> byLanguage = new LinkedHashMap<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            ImportedParagraph paragraph = paragraphs.get(i);
            if (!paragraph.refused() && !paragraph.text().isBlank()) {
                byLanguage.computeIfAbsent(languages.get(i), language -> new ArrayList<>()).add(paragraph.text().strip());
            }
        }
        Map<String, ItemText> texts = new LinkedHashMap<>();
        byLanguage.forEach((language, blocks) -> texts.put(language, text(kind, blocks)));
        return texts;
    }

    /**
     * The language each paragraph goes with, in the paragraphs' order: a kept paragraph without one
     * goes with the kept paragraph before it (the first ones with the first language found); a
     * refused paragraph keeps its own, or else the one it would have gone with, and leads no other.
     *
     * @param fallbackLanguage the language of every paragraph when no kept one has one
     */
    static List<String> languages(List<ImportedParagraph> paragraphs, String fallbackLanguage) {
        String current = paragraphs.stream().filter(paragraph -> !paragraph.refused()).map(ImportedParagraph::language).filter(language -> language != null)
                .findFirst().orElse(fallbackLanguage);
        List<String> languages = new ArrayList<>(paragraphs.size());
        for (ImportedParagraph paragraph : paragraphs) {
            if (paragraph.refused()) {
                languages.add(paragraph.language() != null ? paragraph.language() : current);
                continue;
            }
            if (paragraph.language() != null) {
                current = paragraph.language();
            }
            languages.add(current);
        }
        return languages;
    }

    private static ItemText text(ItemKind kind, List<String> blocks) {
        List<String> body = new ArrayList<>(blocks);
        String head = body.removeFirst();
        String title;
        if (HEADING.matcher(head).find() || PlainText.of(head).length() <= TextField.TITLE_LENGTH && !head.contains("\n")) {
            title = PlainText.of(head);
        } else {
            title = PlainText.cut(PlainText.firstSentence(PlainText.of(head)), TextField.TITLE_LENGTH);
            body.addFirst(head);
        }
        String summary = title;
        for (int i = 0; i < body.size(); i++) {
            String block = body.get(i);
            if (!NOT_PLAIN.matcher(block).find()) {
                String plain = PlainText.of(block);
                if (plain.length() <= TextField.SUMMARY_LENGTH) {
                    summary = plain;
                    body.remove(i);
                } else {
                    summary = PlainText.cut(plain, TextField.SUMMARY_LENGTH);
                }
                break;
            }
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("summary", summary);
        fields.put("body", String.join("\n\n", body));
        return ItemText.of(kind, fields);
    }
}
