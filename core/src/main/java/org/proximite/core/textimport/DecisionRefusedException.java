package org.proximite.core.textimport;

import org.proximite.core.textimport.reading.ImportRefusedException;

/**
 * An editor's decision on a paragraph cannot be applied (a paragraph that does not exist or decided
 * twice, an empty or too long text written by hand, an unknown decision): the request is wrong,
 * not the text; nothing was saved. The code is a message key, {@code import.decision.*}.
 */
public class DecisionRefusedException extends ImportRefusedException {

    public static final String NO_SUCH_PARAGRAPH = "import.decision.noSuchParagraph";
    public static final String TWICE = "import.decision.twice";
    public static final String EMPTY_EDIT = "import.decision.emptyEdit";
    public static final String TOO_LONG = "import.decision.tooLong";
    public static final String TEXT_WITHOUT_EDIT = "import.decision.textWithoutEdit";
    public static final String UNKNOWN = "import.decision.unknown";
    public static final String MALFORMED = "import.decision.malformed";

    public DecisionRefusedException(String code, Object... arguments) {
        super(code, arguments);
    }
}
