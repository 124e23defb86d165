package org.proximite.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import org.junit.jupiter.api.Test;

/** The example chapter's Portuguese interface must keep up with the application's keys. */
class ShippedChapterBundlesTest {

    @Test
    void theGuineaBissauPortugueseBundleHasEveryKeyOfTheEnglishOne() throws Exception {
        Properties english = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/translations_en.properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Properties portuguese = new Properties();
        try (JarInputStream jar = new JarInputStream(getClass().getResourceAsStream("/shipped-chapters/guinea-bissau.jar"))) {
            for (JarEntry entry = jar.getNextJarEntry(); entry != null; entry = jar.getNextJarEntry()) {
                if (entry.getName().equals("chapter/i18n/translations_pt.properties")) {
                    portuguese.load(new InputStreamReader(jar, StandardCharsets.UTF_8));
                }
            }
        }
        Set<String> missing = new HashSet<>(english.stringPropertyNames());
        missing.removeAll(portuguese.stringPropertyNames());

        assertThat(portuguese.stringPropertyNames()).isNotEmpty();
        assertThat(missing).as("keys the Portuguese bundle lacks").isEmpty();
    }
}
