package org.proximite.chapter.format.content;

import java.util.regex.Pattern;

/**
 * Language codes in a chapter. A chapter declares its languages as {@code fr}, {@code en} or
 * {@code pt-BR}; a text block or a Markdown file in anything that looks like a language
 * ({@code xx-zz}, {@code PT}) is a text in a language, declared or not, never an ignored key.
 */
final class LanguageTags {

    /** How a chapter declares a language: ISO 639 code, optionally a region. */
    static final Pattern DECLARED = Pattern.compile("[a-z]{2,3}(-[A-Z]{2})?");

    /** Anything an author may have meant as a language: BCP 47-like, any case. */
    private static final Pattern LOOKS_LIKE = Pattern.compile("(?i)[a-z]{2,3}(-[a-z0-9]{2,8})*");

    private LanguageTags() {}

    static boolean isDeclarable(String code) {
        return code != null && DECLARED.matcher(code).matches();
    }

    static boolean looksLikeLanguage(String key) {
        return key != null && LOOKS_LIKE.matcher(key).matches();
    }
}
