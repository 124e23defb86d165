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
        Properties english = load("/vaadin-i18n/translations_en.properties");
        Properties portuguese = portuguese();
        Set<String> missing = new HashSet<>(english.stringPropertyNames());
        missing.removeAll(portuguese.stringPropertyNames());

        assertThat(portuguese.stringPropertyNames()).isNotEmpty();
        assertThat(missing).as("keys the Portuguese bundle lacks").isEmpty();
    }

    /** Refusals and plan decisions show in Portuguese too: the chapter translates the lifecycle's reason codes. */
    @Test
    void theGuineaBissauPortugueseBundleTranslatesEveryLifecycleReason() throws Exception {
        Properties reasons = load("/org/proximite/chapter/format/reasons.properties");
        Properties portuguese = portuguese();
        Set<String> missing = new HashSet<>(reasons.stringPropertyNames().stream().filter(key -> key.startsWith("lifecycle.")).toList());
        missing.removeAll(portuguese.stringPropertyNames());

        assertThat(missing).as("lifecycle reasons the Portuguese bundle lacks").isEmpty();
    }

    /** The interface's texts with parameters go through MessageFormat: a lone ASCII apostrophe would swallow them (the reasons escape theirs). */
    @Test
    void theGuineaBissauPortugueseInterfaceTextsDoubleTheirApostrophes() throws Exception {
        Properties english = load("/vaadin-i18n/translations_en.properties");
        Properties portuguese = portuguese();
        java.util.Map<String, String> interfaceTexts = new java.util.TreeMap<>();
        english.stringPropertyNames().forEach(key -> interfaceTexts.put(key, portuguese.getProperty(key, "")));

        assertThat(I18nBundlesInSyncTest.loneApostrophes(interfaceTexts)).as("Portuguese texts with {0} and a lone '").isEmpty();
    }

    private Properties load(String resource) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private Properties portuguese() throws Exception {
        Properties portuguese = new Properties();
        try (JarInputStream jar = new JarInputStream(getClass().getResourceAsStream("/shipped-chapters/guinea-bissau.jar"))) {
            for (JarEntry entry = jar.getNextJarEntry(); entry != null; entry = jar.getNextJarEntry()) {
                if (entry.getName().equals("chapter/i18n/translations_pt.properties")) {
                    portuguese.load(new InputStreamReader(jar, StandardCharsets.UTF_8));
                }
            }
        }
        return portuguese;
    }
}
