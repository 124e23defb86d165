package org.proximite.chapter.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every reason a chapter can be refused for reads well in English and in French. */
class ReasonBundlesTest {

    /** The first segments of the codes this module uses; a literal starting so is a reason code. */
    private static final Pattern CODE_LITERAL =
            Pattern.compile("\"((?:content|zip|jar|manifest|signature|requires|dependency)\\.[a-z0-9.-]+)\"");

    @Test
    void theFrenchBundleHasExactlyTheKeysOfTheEnglishOne() throws IOException {
        assertThat(bundle("reasons_fr.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("reasons.properties").stringPropertyNames());
    }

    @Test
    void everyCodeTheFormatUsesHasAMessageInEveryLanguage() throws IOException {
        Set<String> codes = codesInSources(Path.of("src/main/java"));

        assertThat(codes).as("codes found in the sources").hasSizeGreaterThan(50);
        assertThat(bundle("reasons.properties").stringPropertyNames()).containsAll(codes);
        assertThat(bundle("reasons_fr.properties").stringPropertyNames()).containsAll(codes);
    }

    @Test
    void everyMessageIsAPatternThatFormats() throws IOException {
        for (String file : new String[] {"reasons.properties", "reasons_fr.properties"}) {
            Properties messages = bundle(file);
            for (String code : messages.stringPropertyNames()) {
                Reason reason = Reason.of(code, "a", "b", "c", "d");
                String pattern = messages.getProperty(code);
                assertThat(reason.format(pattern, Locale.ROOT)).as(file + " " + code).doesNotContain("{").isNotBlank();
                assertThat(new MessageFormat(pattern.replace("'", "''")).getFormats()).as(file + " " + code).isNotNull();
            }
        }
    }

    @Test
    void aReasonReadsInTheReadersLanguage() {
        Reason reason = Reason.of("requires.unbounded", ">=0.1.0");

        assertThat(reason.message(Locale.ENGLISH)).isEqualTo("Plugin-Requires '>=0.1.0' has no upper bound: add one, e.g. '>=0.1.0 & <1.0.0'");
        assertThat(reason.message(Locale.FRENCH)).startsWith("Plugin-Requires « >=0.1.0 » n'a pas de borne supérieure");
    }

    static Set<String> codesInSources(Path sources) throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = CODE_LITERAL.matcher(Files.readString(file));
                while (matcher.find()) {
                    codes.add(matcher.group(1));
                }
            }
        }
        return codes;
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Reason.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
