package org.proximite.chapter.format.content;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.proximite.chapter.api.ChapterDescriptor;
import org.proximite.chapter.format.ChapterProblem;
import org.proximite.chapter.format.TextField;
import org.proximite.chapter.format.text.ControlCharacters;
import org.proximite.chapter.format.text.DidYouMean;
import org.proximite.chapter.format.text.Mojibake;

/**
 * What every text of a chapter must be, in one validation run: in a language the chapter
 * declares, within its length, and free of what readers must never see (markup in plain text,
 * control characters, text garbled by a wrong encoding).
 */
final class TextRules {

    static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z!/?]");

    private final ChapterDescriptor descriptor;
    private final Set<String> languages;
    private final List<ChapterProblem> problems;

    TextRules(ChapterDescriptor descriptor, List<ChapterProblem> problems) {
        this.descriptor = descriptor;
        this.languages = Set.copyOf(descriptor.languages());
        this.problems = problems;
    }

    /** A text checked as its field's description says. */
    void field(String file, String field, String text, TextField description) {
        if (description.markdown()) {
            markdown(file, field, text, description.maxLength());
        } else {
            plain(file, field, text, description.maxLength());
        }
    }

    void plain(String file, String field, String text, int maxLength) {
        if (text == null) {
            return;
        }
        if (MARKUP.matcher(text).find()) {
            problem(file, field, "content.text.markup");
        }
        controlCharacters(file, field, text, false);
        common(file, field, text, maxLength);
    }

    void markdown(String file, String field, String text, int maxLength) {
        if (text != null) {
            controlCharacters(file, field, text, true);
            common(file, field, text, maxLength);
        }
    }

    /** Texts per language ({@code {fr: …, en: …}}), each plain; the default language's when required. */
    void localized(String file, String field, Map<String, String> texts, boolean requireDefault, int maxLength) {
        String defaultLanguage = descriptor.defaultLanguage();
        if (requireDefault && defaultLanguage != null && !texts.containsKey(defaultLanguage)) {
            problem(file, field + "." + defaultLanguage, "content.text.default-language.missing", defaultLanguage);
        }
        texts.forEach((language, text) -> {
            language(file, field + "." + language, language);
            plain(file, field + "." + language, text, maxLength);
        });
    }

    /** The languages an item has texts in: the default one is required, and all must be declared. */
    void blocks(String file, String field, Set<String> textLanguages) {
        String prefix = field.isEmpty() ? "" : field + ".";
        String defaultLanguage = descriptor.defaultLanguage();
        if (defaultLanguage != null && !textLanguages.contains(defaultLanguage)) {
            problem(file, prefix + defaultLanguage, "content.texts.default-language.missing", defaultLanguage);
        }
        for (String language : textLanguages) {
            language(file, prefix + language, language);
        }
    }

    /** A text or a reference in this language: the chapter must declare it. */
    void language(String file, String field, String language) {
        if (!languages.contains(language)) {
            String declared = String.join(", ", descriptor.languages());
            DidYouMean.among(language, languages).ifPresentOrElse(
                    close -> problem(file, field, "content.language.undeclared.close", language, declared, close),
                    () -> problem(file, field, "content.language.undeclared", language, declared));
        }
    }

    private void controlCharacters(String file, String field, String text, boolean markdown) {
        OptionalInt at = ControlCharacters.first(text, markdown);
        if (at.isPresent()) {
            problem(file, field, markdown ? "content.text.control.markdown" : "content.text.control.plain",
                    ControlCharacters.name(text.charAt(at.getAsInt())), at.getAsInt() + 1);
        }
    }

    private void common(String file, String field, String text, int maxLength) {
        if (text.length() > maxLength) {
            problem(file, field, "content.text.too-long", text.length(), maxLength);
        }
        if (Mojibake.isSuspect(text)) {
            Mojibake.repair(text).ifPresentOrElse(
                    fixed -> problem(file, field, "content.text.garbled.repairable", excerpt(fixed)),
                    () -> problem(file, field, "content.text.garbled"));
        }
    }

    private void problem(String file, String field, String code, Object... arguments) {
        problems.add(ChapterProblem.of(file, field, code, arguments));
    }

    private static String excerpt(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
