package org.proximite.web.xliff;

import org.proximite.core.xliff.XliffProblem;

/** The message keys that say an import's problems: the same words in the workspace and in the API's answers. */
public final class XliffWords {

    /** The warning of a field whose source changed since the export. */
    public static final String SOURCE_CHANGED = "xliff.warning.sourceChanged";

    private XliffWords() {}

    /** The key of a problem's message: a refusal of a scope is said with the editor's words for it. */
    public static String key(String code) {
        return code.startsWith("denied.") ? "editor." + code : code;
    }

    /** Where a problem is, as people read it: {@code practice:local-security-plan · title}. */
    public static String where(XliffProblem problem) {
        if (problem.file() == null) {
            return "";
        }
        return problem.unit() == null ? problem.file() : problem.file() + " · " + problem.unit();
    }
}
