package org.proximite.core.textimport;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.proximite.core.content.RevisionNote;

/**
 * What an import says in the history of the texts it made: how many paragraphs it read, and
 * which (by their number in the preview) went in repaired by the import, went in as written by
 * hand, or were refused and left out. Parameters: the paragraphs, then each count followed by its numbers.
 */
final class ImportNote {

    private ImportNote() {}

    static RevisionNote of(List<ImportedParagraph> paragraphs) {
        List<Integer> repaired = numbers(paragraphs, paragraph -> paragraph.repaired() && !paragraph.editedByHand() && !paragraph.refused());
        List<Integer> edited = numbers(paragraphs, ImportedParagraph::editedByHand);
        List<Integer> refused = numbers(paragraphs, ImportedParagraph::refused);
        return new RevisionNote(RevisionNote.IMPORTED, List.of(String.valueOf(paragraphs.size()),
                String.valueOf(repaired.size()), joined(repaired),
                String.valueOf(edited.size()), joined(edited),
                String.valueOf(refused.size()), joined(refused)));
    }

    private static List<Integer> numbers(List<ImportedParagraph> paragraphs, Predicate<ImportedParagraph> kept) {
        return IntStream.range(0, paragraphs.size()).filter(i -> kept.test(paragraphs.get(i))).mapToObj(i -> i + 1).toList();
    }

    private static String joined(List<Integer> numbers) {
        return String.join(", ", numbers.stream().map(String::valueOf).toList());
    }
}
