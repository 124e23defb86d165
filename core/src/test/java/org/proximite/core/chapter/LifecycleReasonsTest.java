package org.proximite.core.chapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.proximite.chapter.format.Reason;

/** Every code the lifecycle gives has its message in English and French, with the same parameters. */
class LifecycleReasonsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    private final Properties english = load("reasons.properties");
    private final Properties french = load("reasons_fr.properties");

    @Test
    void everyCodeHasAnEnglishAndAFrenchMessageWithTheSameParameters() {
        for (LifecycleReason reason : LifecycleReason.values()) {
            assertThat(english.getProperty(reason.code())).as("English message of %s", reason.code()).isNotBlank();
            assertThat(french.getProperty(reason.code())).as("French message of %s", reason.code()).isNotBlank();
            assertThat(placeholders(french.getProperty(reason.code()))).as("parameters of %s", reason.code())
                    .isEqualTo(placeholders(english.getProperty(reason.code())));
        }
    }

    @Test
    void theBundlesHaveNoLifecycleMessageThatNoCodeUses() {
        Set<String> codes = Arrays.stream(LifecycleReason.values()).map(LifecycleReason::code).collect(Collectors.toCollection(TreeSet::new));

        assertThat(lifecycleKeys(english)).isEqualTo(codes);
        assertThat(lifecycleKeys(french)).isEqualTo(codes);
    }

    @Test
    void aReasonReadsInTheReadersLanguageWithItsParameters() {
        Reason downgrade = LifecycleReason.DECISION_DOWNGRADE.with("1.0.0", "1.2.0");
        Reason busy = LifecycleReason.BUSY.with();

        assertThat(downgrade.message(Locale.ENGLISH)).isEqualTo("Version 1.0.0 is older than the installed 1.2.0: confirm the downgrade.");
        assertThat(downgrade.message(Locale.FRENCH))
                .isEqualTo("La version 1.0.0 est plus ancienne que la version installée 1.2.0 : confirmez le retour en arrière.");
        assertThat(busy.message(Locale.FRENCH)).startsWith("Une autre modification des chapitres est en cours");
        assertThat(Reason.of("requires.unbounded", ">=0.1.0").message(Locale.FRENCH))
                .as("apostrophes stay as written").contains("n'a pas de borne supérieure", ">=0.1.0");
        assertThat(downgrade.message(Locale.forLanguageTag("pt"))).as("a language without a bundle reads English")
                .isEqualTo(downgrade.message(Locale.ENGLISH));
    }

    private static Set<String> lifecycleKeys(Properties bundle) {
        return bundle.stringPropertyNames().stream().filter(key -> key.startsWith("lifecycle.")).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(message);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Properties load(String name) {
        try (InputStream in = Reason.class.getResourceAsStream(name)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the bundle " + name, e);
        }
    }
}
