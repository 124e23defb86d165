package org.proximite.chapter.api;

import java.util.List;
import java.util.Map;

/**
 * The chapter itself, from {@code chapter/chapter.yaml}.
 *
 * @param id the chapter's id, equal to the jar's {@code Plugin-Id}
 * @param countryCode ISO 3166-1 alpha-2 code of the country, or null for a partner's chapter
 * @param defaultLanguage the language shown when a text is missing in the reader's language
 * @param languages the chapter's content languages, default language first
 * @param languageNames each language's name in that language, for languages the host may lack
 * @param name the chapter's name per language
 * @param description a short description per language
 */
public record ChapterDescriptor(
        String id,
        String countryCode,
        String defaultLanguage,
        List<String> languages,
        Map<String, String> languageNames,
        Map<String, String> name,
        Map<String, String> description) {}
