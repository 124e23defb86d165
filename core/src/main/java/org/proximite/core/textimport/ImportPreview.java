package org.proximite.core.textimport;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What an import would bring, paragraph by paragraph, for the editor to check before accepting it. */
public record ImportPreview(List<ImportedParagraph> paragraphs) {

    public ImportPreview {
        paragraphs = List.copyOf(paragraphs);
    }

    /** Repairs made in every paragraph. */
    public int repairs() {
        return paragraphs.stream().mapToInt(paragraph -> paragraph.repairs().size()).sum();
    }

    /** Of those, the repairs of lost bytes, which a person should look at. */
    public long guessedRepairs() {
        return paragraphs.stream().mapToLong(ImportedParagraph::guessedRepairs).sum();
    }

    /** Paragraphs still showing marks of a wrong encoding. */
    public long suspectParagraphs() {
        return paragraphs.stream().filter(ImportedParagraph::suspect).count();
    }

    /** How many paragraphs each language has; {@code und} counts those without one. */
    public Map<String, Integer> paragraphsByLanguage() {
        Map<String, Integer> counts = new TreeMap<>();
        paragraphs.forEach(paragraph -> counts.merge(paragraph.language() == null ? "und" : paragraph.language(), 1, Integer::sum));
        return counts;
    }
}
