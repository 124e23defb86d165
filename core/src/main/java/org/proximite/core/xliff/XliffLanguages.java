package org.proximite.core.xliff;

import java.util.List;
import org.proximite.core.language.ContentLanguage;
import org.proximite.core.language.LanguageQueries;

/** The two languages of an export or an import: both content languages of this instance, not the same. */
final class XliffLanguages {

    /** The languages as this instance writes their codes. */
    record Pair(String source, String target) {}

    private XliffLanguages() {}

    /** @throws XliffRefusedException when a language is unknown, or both are the same */
    static Pair check(LanguageQueries languages, String source, String target) {
        List<String> known = languages.all().stream().map(ContentLanguage::code).toList();
        String from = known(known, source);
        String to = known(known, target);
        if (from.equals(to)) {
            throw new XliffRefusedException(XliffRefusedException.SAME_LANGUAGE, from);
        }
        return new Pair(from, to);
    }

    private static String known(List<String> known, String language) {
        return known.stream().filter(code -> code.equalsIgnoreCase(language == null ? "" : language.strip())).findFirst()
                .orElseThrow(() -> new XliffRefusedException(XliffRefusedException.UNKNOWN_LANGUAGE, language == null ? "-" : language));
    }
}
