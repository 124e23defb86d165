package org.proximite.core.xliff;

import java.util.List;

/**
 * Why a file or a unit of an import cannot be written: a message key and its parameters, and
 * where it is. The import writes nothing while there is one.
 *
 * @param code a message key: {@code xliff.problem.*}, a field rule's {@code validation.*}, or a
 *     scope's {@code denied.*}
 * @param file the {@code <file>} id ({@code practice:local-security-plan}), or null for the document
 * @param unit the {@code <unit>} id (a field's name), or null for the whole file
 */
public record XliffProblem(String code, String file, String unit, List<Object> arguments) {

    /** An unknown kind or address in a file id: the id. */
    public static final String FILE_ID = "xliff.problem.fileId";
    /** The same item twice. */
    public static final String DUPLICATE_FILE = "xliff.problem.duplicateFile";
    /** No item of this kind has this address: kind and address. */
    public static final String UNKNOWN_ITEM = "xliff.problem.unknownItem";
    /** A unit that is not a text field of the item's kind: the unit's id and the kind's fields. */
    public static final String UNKNOWN_FIELD = "xliff.problem.unknownField";
    /** The same field twice in one file. */
    public static final String DUPLICATE_UNIT = "xliff.problem.duplicateUnit";
    /** A unit without an id: the line. */
    public static final String UNIT_WITHOUT_ID = "xliff.problem.unitWithoutId";
    /** Inline codes ({@code <ph>}, {@code <pc>} with data…) the export never writes: the element. */
    public static final String INLINE_CODE = "xliff.problem.inlineCode";
    /** Some segments of the unit are translated, others are not. */
    public static final String PARTLY_TRANSLATED = "xliff.problem.partlyTranslated";
    /** A source or target whose {@code xml:lang} is not the document's: the language found. */
    public static final String WRONG_LANGUAGE = "xliff.problem.wrongLanguage";
    /** A version in the metadata that the text never had: the version and the latest. */
    public static final String UNKNOWN_VERSION = "xliff.problem.unknownVersion";
    /** Someone saved this field differently since the export: the text's version now. */
    public static final String TARGET_CHANGED = "xliff.problem.targetChanged";
    /**
     * The file does not say which translation it was made from (a tool stripped its metadata) and
     * would replace a stored one with another: whether someone changed it since the export cannot be
     * known, so it is not overwritten. The text's version now.
     */
    public static final String BASIS_UNKNOWN = "xliff.problem.basisUnknown";
    /** The item changed while the import was being written; import again. */
    public static final String CHANGED_MEANWHILE = "xliff.problem.changedMeanwhile";

    public XliffProblem {
        arguments = List.copyOf(arguments);
    }

    public static XliffProblem of(String code, String file, String unit, Object... arguments) {
        return new XliffProblem(code, file, unit, List.of(arguments));
    }
}
