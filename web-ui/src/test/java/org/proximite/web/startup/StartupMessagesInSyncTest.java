package org.proximite.web.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every start-up message exists in French and in English, and each one reads as a sentence with its values in place. */
class StartupMessagesInSyncTest {

    @Test
    void frenchAndEnglishHaveTheSameMessages() throws IOException {
        assertThat(load("fr").stringPropertyNames()).isEqualTo(load("en").stringPropertyNames());
    }

    @Test
    void everyMessageShowsItsVariableAndValue() throws IOException {
        for (String code : load("en").stringPropertyNames()) {
            if (code.startsWith("settings.") && code.endsWith(".problem")) {
                for (Locale language : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
                    assertThat(StartupMessages.text(code, language, "PROXIMITE_X", "value-x", "third", "fourth"))
                            .as(code).contains("PROXIMITE_X").doesNotContain("{", "}");
                }
            }
        }
    }

    @Test
    void pickTheReadersLanguageFromTheHeader() {
        assertThat(StartupMessages.languageOf("fr-CA,fr;q=0.9,en;q=0.8")).isEqualTo(Locale.FRENCH);
        assertThat(StartupMessages.languageOf("de-DE")).isEqualTo(Locale.ENGLISH);
        assertThat(StartupMessages.languageOf(null)).isEqualTo(Locale.ENGLISH);
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = StartupMessagesInSyncTest.class.getResourceAsStream("/startup/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
