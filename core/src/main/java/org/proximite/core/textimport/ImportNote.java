package org.proximite.core.textimport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.proximite.core.content.RevisionNote;

/**
 * What an import says in the history of each text it made: how many of the paragraphs that went
 * with the text's language it read, and which of them (by their number in the preview, the numbers
 * the editor saw) went in repaired by the import, went in as written by hand, or were refused and
 * left out. A refused paragraph counts for the language it was found or set in; one of a language
 * left without a text (every paragraph of it refused) counts for the item's default language, so
 * that every refusal stays in a history. Parameters: the paragraphs, then each count followed by
 * its numbers.
 */
final class ImportNote {

    private ImportNote() {}

    /**
     * The notes by language, one per text made.
     *
     * @param textLanguages the languages of the texts made, the item's default language first
     * @param fallbackLanguage the language of the paragraphs when none has one, as for the texts
     */
    static Map<String, RevisionNote> byLanguage(List<ImportedParagraph> paragraphs, List<String> textLanguages, String fallbackLanguage) {
        List<String> languages = DraftTexts.languages(paragraphs, fallbackLanguage);
        String defaultLanguage = textLanguages.getFirst();
        Map<String, RevisionNote> notes = new LinkedHashMap<>();
        for (String language : textLanguages) {
            notes.put(language, of(paragraphs, i -> {
                String noted = textLanguages.contains(languages.get(i)) ? languages.get(i) : defaultLanguage;
                return noted.equals(language);
            }));
        }
        return notes;
    }

    private static RevisionNote of(List<ImportedParagraph> paragraphs, IntPredicate counted) {
        long read = IntStream.range(0, paragraphs.size()).filter(counted).count();
        List<Integer> repaired = numbers(paragraphs, counted, paragraph -> paragraph.repaired() && !paragraph.editedByHand() && !paragraph.refused());
        List<Integer> edited = numbers(paragraphs, counted, ImportedParagraph::editedByHand);
        List<Integer> refused = numbers(paragraphs, counted, ImportedParagraph::refused);
        return new RevisionNote(RevisionNote.IMPORTED, List.of(String.valueOf(read),
                String.valueOf(repaired.size()), joined(repaired),
                String.valueOf(edited.size()), joined(edited),
                String.valueOf(refused.size()), joined(refused)));
    }

    private static List<Integer> numbers(List<ImportedParagraph> paragraphs, IntPredicate counted, Predicate<ImportedParagraph> kept) {
        return IntStream.range(0, paragraphs.size()).filter(i -> counted.test(i) && kept.test(paragraphs.get(i))).mapToObj(i -> i + 1).toList();
    }

    private static String joined(List<Integer> numbers) {
        return String.join(", ", numbers.stream().map(String::valueOf).toList());
    }
}
