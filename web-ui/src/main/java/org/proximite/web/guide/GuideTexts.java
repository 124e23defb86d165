package org.proximite.web.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.proximite.chapter.api.EvidenceLevel;
import org.proximite.chapter.api.OutcomeDirection;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.content.Source;
import org.proximite.web.content.FieldLabels;
import org.proximite.web.i18n.ProximiteI18nProvider;
import org.proximite.web.i18n.UiLanguage;

/**
 * The interface texts of one page, in its language: the application's bundles for French and
 * English, a chapter's bundle for the languages it brings, else English. Never a raw key.
 *
 * @param lang the page's language
 * @param uiLang the language the interface texts are really in ({@code en} for a language no bundle speaks)
 */
public record GuideTexts(String lang, String uiLang, ProximiteI18nProvider provider, Map<String, String> languageNames) {

    static GuideTexts of(String lang, ProximiteI18nProvider provider, Map<String, String> languageNames) {
        boolean spoken = UiLanguage.fromCode(lang).isPresent()
                || provider.getProvidedLocales().stream().anyMatch(locale -> locale.toLanguageTag().equals(lang));
        return new GuideTexts(lang, spoken ? lang : "en", provider, languageNames);
    }

    public String get(String key, Object... params) {
        String text = provider.getTranslation(key, Locale.forLanguageTag(uiLang), params);
        return text.startsWith("!") ? provider.getTranslation(key, Locale.FRENCH, params) : text;
    }

    /** A language's name for this reader: from the bundles ("anglais"), else in itself, else its code. */
    public String language(String code) {
        String key = "content.language." + code;
        String name = provider.getTranslation(key, Locale.forLanguageTag(uiLang));
        if (!name.startsWith("!")) {
            return name;
        }
        return languageNames.getOrDefault(code, code.toUpperCase(Locale.ROOT));
    }

    public String evidence(EvidenceLevel level) {
        return get("evidence." + level.code());
    }

    public String evidenceHelp(EvidenceLevel level) {
        return get("evidence." + level.code() + ".help");
    }

    public String evidence(String code) {
        return EvidenceLevel.fromCode(code).or(() -> {
            try {
                return java.util.Optional.of(EvidenceLevel.valueOf(code));
            } catch (IllegalArgumentException unknown) {
                return java.util.Optional.empty();
            }
        }).map(this::evidence).orElse(code);
    }

    /** An outcome's name for readers, or its code when no bundle names it. */
    public String outcome(String code) {
        String name = get("outcome." + code);
        return name.startsWith("!") ? code : name;
    }

    /** What was found for an outcome ("not measured", "positive effect"…). */
    public String direction(OutcomeDirection direction) {
        return get("outcome.direction." + direction.code());
    }

    /** What follows a reference's title: its date, language and the day it was consulted, in brackets; empty when there is none. */
    public String sourceDetails(Source source) {
        List<String> details = new ArrayList<>();
        if (source.date() != null) {
            details.add(source.date());
        }
        if (source.language() != null) {
            details.add(get("sources.language", language(source.language())));
        }
        if (source.consulted() != null) {
            details.add(get("sources.consulted", source.consulted().toString()));
        }
        return details.isEmpty() ? "" : " (" + String.join(", ", details) + ")";
    }

    /** A file's size for readers: "850 KB", "1,4 Mo". */
    public String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return get("edition.size.kb", String.valueOf(Math.max(1, Math.round(bytes / 1024.0))));
        }
        return get("edition.size.mb", String.format(Locale.forLanguageTag(uiLang), "%.1f", bytes / (1024.0 * 1024.0)));
    }

    public String initiativeKind(String kind) {
        if (kind == null) {
            return "";
        }
        String label = get("initiative.kind." + kind);
        return label.startsWith("!") ? kind : label;
    }

    public String field(ItemKind kind, String field) {
        return get(FieldLabels.key(kind, field));
    }

    /** Whether the interface texts are in another language than the page (a language no bundle speaks). */
    public boolean uiDiffers() {
        return !uiLang.equals(lang);
    }
}
