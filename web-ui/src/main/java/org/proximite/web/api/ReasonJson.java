package org.proximite.web.api;

import java.util.List;
import java.util.Locale;
import org.proximite.chapter.format.Reason;
import org.proximite.web.i18n.ReasonTexts;

/**
 * A reason as the admin API answers it: its code and parameters, for scripts to act on, and its
 * message in the request's language, for people to read.
 */
record ReasonJson(String code, List<String> parameters, String message) {

    static ReasonJson of(Reason reason, ReasonTexts texts, Locale locale) {
        return new ReasonJson(reason.code(), reason.arguments(), texts.text(reason, locale));
    }

    static List<ReasonJson> of(List<Reason> reasons, ReasonTexts texts, Locale locale) {
        return reasons.stream().map(reason -> of(reason, texts, locale)).toList();
    }
}
