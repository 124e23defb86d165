package org.proximite.web.audit;

import java.util.Locale;
import org.proximite.core.audit.AuditEntry;
import org.proximite.web.i18n.ProximiteI18nProvider;
import org.springframework.stereotype.Component;

/**
 * An audit entry as a sentence in the reader's language: "aissatou published the French text of
 * practice local-security-plan (version 4)". Every kind of change has its sentence in every
 * interface language; an entry of a kind this version does not know still reads as a sentence.
 */
@Component
public class AuditSentences {

    private final ProximiteI18nProvider i18n;

    public AuditSentences(ProximiteI18nProvider i18n) {
        this.i18n = i18n;
    }

    public String sentence(AuditEntry entry, Locale locale) {
        String key = "audit.kind." + entry.kind();
        String subject = subject(entry, locale);
        String language = entry.language() == null ? "" : languageName(entry.language(), locale);
        String version = entry.version() == null ? "" : String.valueOf(entry.version());
        String sentence = i18n.getTranslation(key, locale, entry.actor(), subject, language, version, entry.chapterId() == null ? "" : entry.chapterId());
        if (sentence.startsWith("!")) {
            return i18n.getTranslation("audit.kind.other", locale, entry.actor(), entry.kind(), subject);
        }
        return sentence;
    }

    /** What the entry is about: "practice local-security-plan", "chapter guinea", "the account mamadou". */
    private String subject(AuditEntry entry, Locale locale) {
        if (entry.itemKey() == null) {
            return "";
        }
        if (entry.itemKind() == null) {
            return entry.itemKey();
        }
        String kind = i18n.getTranslation("audit.subject." + entry.itemKind().toLowerCase(Locale.ROOT), locale, entry.itemKey());
        return kind.startsWith("!") ? entry.itemKey() : kind;
    }

    private static String languageName(String code, Locale locale) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
        return name.isBlank() || name.equals(code) ? code : name;
    }
}
