package org.proximite.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.proximite.core.outbox.ChangeKind;

/** Every kind of change reads as a sentence in English, French and the Portuguese of the Guinea-Bissau chapter: no raw key in the audit log. */
class AuditSentencesInEveryLanguageTest {

    private static Properties bundle(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AuditSentencesInEveryLanguageTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Properties portuguese() throws IOException {
        Path bundle = Path.of("..", "plugins", "guinea-bissau", "src", "main", "resources", "chapter", "i18n", "translations_pt.properties");
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void everyKindOfChangeHasASentenceInEveryLanguage() throws IOException {
        List<String> keys = Arrays.stream(ChangeKind.values()).map(kind -> "audit.kind." + kind.name()).toList();
        for (Properties bundle : List.of(bundle("/vaadin-i18n/translations_en.properties"), bundle("/vaadin-i18n/translations_fr.properties"),
                portuguese())) {
            assertThat(keys).allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank().contains("{"));
        }
    }
}
