package org.proximite.core.xliff;

import java.util.List;

/**
 * An XLIFF 2.0 document as the import reads it: only what Proximité writes and reads back.
 *
 * @param sourceLanguage {@code srcLang}
 * @param targetLanguage {@code trgLang}
 * @param problems what is wrong in a file or a unit and was found while reading (a unit without
 *     id, an inline code): the import writes nothing while there is one
 */
public record XliffDocument(String sourceLanguage, String targetLanguage, List<File> files, List<XliffProblem> problems) {

    public XliffDocument {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    /**
     * One {@code <file>}: one item.
     *
     * @param sourceVersion the version of the source text exported, from the metadata; null when absent
     * @param targetVersion the version of the target text exported (0: there was none); null when absent
     */
    public record File(String id, Integer sourceVersion, Integer targetVersion, List<Unit> units) {

        public File {
            units = List.copyOf(units);
        }
    }

    /**
     * One {@code <unit>}: one field, its segments put back together.
     *
     * @param source the source text as exported
     * @param target the translation; null when the unit has none (untranslated), or when it is only partly translated
     */
    public record Unit(String id, String source, String target) {}
}
