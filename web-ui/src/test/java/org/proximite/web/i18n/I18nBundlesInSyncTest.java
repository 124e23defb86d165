package org.proximite.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every text of the interface exists in French and in English, and neither is left empty. */
class I18nBundlesInSyncTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    private final Map<String, String> french = load("vaadin-i18n/translations_fr.properties");
    private final Map<String, String> english = load("vaadin-i18n/translations_en.properties");

    @Test
    void frenchAndEnglishHaveTheSameKeys() {
        assertThat(new TreeSet<>(english.keySet()))
                .as("keys in French but not in English, or the other way round")
                .isEqualTo(new TreeSet<>(french.keySet()));
    }

    @Test
    void noTextIsEmpty() {
        assertThat(blankKeys(french)).as("empty French texts").isEmpty();
        assertThat(blankKeys(english)).as("empty English texts").isEmpty();
    }

    @Test
    void bothLanguagesUseTheSamePlaceholders() {
        french.forEach((key, text) -> {
            if (english.containsKey(key)) {
                assertThat(placeholders(english.get(key))).as("placeholders of %s", key).isEqualTo(placeholders(text));
            }
        });
    }

    /**
     * The provider formats a text with parameters through MessageFormat, where a lone ASCII
     * apostrophe starts a quoted part: "the practice's level: {0}" would show "the practices level: {0}"
     * without its parameter. Such texts write '' (or ’).
     */
    @Test
    void textsWithPlaceholdersDoubleTheirApostrophes() {
        assertThat(loneApostrophes(english)).as("English texts with {0} and a lone '").isEmpty();
        assertThat(loneApostrophes(french)).as("French texts with {0} and a lone '").isEmpty();
    }

    static Set<String> loneApostrophes(Map<String, String> texts) {
        Set<String> found = new TreeSet<>();
        texts.forEach((key, text) -> {
            if (PLACEHOLDER.matcher(text).find() && text.replace("''", "").contains("'")) {
                found.add(key + "=" + text);
            }
        });
        return found;
    }

    private static Set<String> blankKeys(Map<String, String> texts) {
        Set<String> blank = new TreeSet<>();
        texts.forEach((key, text) -> {
            if (text.isBlank()) {
                blank.add(key);
            }
        });
        return blank;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static Map<String, String> load(String resource) {
        try (InputStream in = I18nBundlesInSyncTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("bundle %s on the classpath", resource).isNotNull();
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Map<String, String> texts = new TreeMap<>();
            properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
            return texts;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
    }
}
