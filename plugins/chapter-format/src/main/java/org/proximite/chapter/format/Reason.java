package org.proximite.chapter.format;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Why a chapter is refused, or what a plan asks a person to decide: a code (a message key of the
 * bundle {@code org/proximite/chapter/format/reasons}) with its parameters. Layers above show it
 * in the reader's language; nothing decides by reading its English text.
 *
 * @param code the message key, for example {@code chapter.version.older}
 * @param arguments the values the message shows, in order ({0}, {1}, ...)
 */
public record Reason(String code, List<String> arguments) {

    static final String BUNDLE = "org.proximite.chapter.format.reasons";

    public Reason {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a reason needs a code");
        }
        arguments = arguments.stream().map(argument -> argument == null ? "" : argument).toList();
    }

    public static Reason of(String code, Object... arguments) {
        return new Reason(code, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** The reason in the given language, from this module's bundle (English when the language has none). */
    public String message(Locale locale) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(code);
        } catch (MissingResourceException e) {
            try {
                pattern = ResourceBundle.getBundle(BUNDLE, Locale.ROOT).getString(code);
            } catch (MissingResourceException missing) {
                return code + " " + arguments;
            }
        }
        return format(pattern, locale);
    }

    /** Fills a message pattern of this reason (from any bundle) with its arguments. */
    public String format(String pattern, Locale locale) {
        return new MessageFormat(pattern.replace("'", "''"), locale).format(arguments.toArray());
    }

    /** The English message: for logs and the authors' tool. */
    @Override
    public String toString() {
        return message(Locale.ENGLISH);
    }
}
