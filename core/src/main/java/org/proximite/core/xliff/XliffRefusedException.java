package org.proximite.core.xliff;

import java.util.List;

/**
 * A file that cannot be read as an XLIFF 2.0 document of this instance, or a selection that
 * cannot be exported; nothing was saved. {@link #code()} is a message key and
 * {@link #arguments()} its parameters (a line and column for a file that is not well-formed).
 */
public class XliffRefusedException extends RuntimeException {

    /** More than {@link XliffReader#MAX_BYTES}: the size and the limit, in megabytes. */
    public static final String TOO_LARGE = "xliff.refused.tooLarge";
    /** Empty, or not XML at all. */
    public static final String NOT_XML = "xliff.refused.notXml";
    /** XML that is not well-formed (a truncated file, say): line and column. */
    public static final String MALFORMED = "xliff.refused.malformed";
    /** A document type declaration: DTDs and entities are never read. */
    public static final String DOCTYPE = "xliff.refused.doctype";
    /** XML whose root is not an XLIFF document. */
    public static final String NOT_XLIFF = "xliff.refused.notXliff";
    /** An XLIFF document of another version than 2.0: the version found. */
    public static final String VERSION = "xliff.refused.version";
    /** An element lacks an attribute it needs: element, attribute, line. */
    public static final String MISSING_ATTRIBUTE = "xliff.refused.missingAttribute";
    /** A language this instance does not know: the language. */
    public static final String UNKNOWN_LANGUAGE = "xliff.refused.unknownLanguage";
    /** The same language as source and target. */
    public static final String SAME_LANGUAGE = "xliff.refused.sameLanguage";
    /** More than {@link XliffReader#MAX_UNITS} units: the limit. */
    public static final String TOO_MANY_UNITS = "xliff.refused.tooManyUnits";
    /** Elements nested deeper than XLIFF needs: the line. */
    public static final String TOO_DEEP = "xliff.refused.tooDeep";
    /** No file, or no unit, to import. */
    public static final String EMPTY = "xliff.refused.empty";

    /** Nothing chosen to export. */
    public static final String NOTHING_CHOSEN = "xliff.export.nothingChosen";
    /** More items than one file takes: the number chosen and the limit. */
    public static final String TOO_MANY_ITEMS = "xliff.export.tooManyItems";
    /** Items chosen that do not exist: their file ids. */
    public static final String UNKNOWN_ITEMS = "xliff.export.unknownItems";
    /** Items chosen that have no text in the source language: their file ids and the language. */
    public static final String NO_SOURCE = "xliff.export.noSource";
    /** The file would be larger than an import takes: its size and the limit, in megabytes. */
    public static final String EXPORT_TOO_LARGE = "xliff.export.tooLarge";

    private final String code;
    private final List<Object> arguments;

    public XliffRefusedException(String code, Object... arguments) {
        super("XLIFF refused: " + code + " " + List.of(arguments));
        this.code = code;
        this.arguments = List.of(arguments);
    }

    public String code() {
        return code;
    }

    public List<Object> arguments() {
        return arguments;
    }

    /** Whether the refusal is about the size of what was sent (an HTTP answer says 413). */
    public boolean isTooLarge() {
        return TOO_LARGE.equals(code);
    }

    /** The refusal of a file of this many bytes, over {@link XliffReader#MAX_BYTES}. */
    public static XliffRefusedException tooLarge(long bytes) {
        return new XliffRefusedException(TOO_LARGE, megabytes(bytes), megabytes(XliffReader.MAX_BYTES));
    }

    static double megabytes(long bytes) {
        return Math.round(bytes / 1024.0 / 1024.0 * 10) / 10.0;
    }
}
