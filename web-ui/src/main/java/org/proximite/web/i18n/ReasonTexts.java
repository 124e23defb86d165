package org.proximite.web.i18n;

import java.util.List;
import java.util.Locale;
import org.proximite.chapter.format.Reason;
import org.springframework.stereotype.Component;

/**
 * Reasons (refusals, decisions, history) in a reader's language: French and English from the
 * chapter format's bundles, a chapter's interface language (Portuguese, say) from the texts that
 * chapter brings under the same codes, and English when neither has the code.
 */
@Component
public class ReasonTexts {

    private final ChapterMessages chapterMessages;

    public ReasonTexts(ChapterMessages chapterMessages) {
        this.chapterMessages = chapterMessages;
    }

    public String text(Reason reason, Locale locale) {
        Locale wanted = locale == null ? Locale.ENGLISH : locale;
        if (UiLanguage.fromCode(wanted.getLanguage()).isPresent()) {
            return reason.message(wanted);
        }
        String pattern = chapterMessages.message(wanted.toLanguageTag(), reason.code());
        return pattern == null ? reason.message(Locale.ENGLISH) : reason.format(pattern, wanted);
    }

    public List<String> texts(List<Reason> reasons, Locale locale) {
        return reasons.stream().map(reason -> text(reason, locale)).toList();
    }

    public String joined(List<Reason> reasons, Locale locale) {
        return String.join(" ", texts(reasons, locale));
    }
}
