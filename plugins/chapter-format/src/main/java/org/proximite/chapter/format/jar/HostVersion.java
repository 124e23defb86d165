package org.proximite.chapter.format.jar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this Proximité host, which chapters' {@code Plugin-Requires} is checked against. */
public final class HostVersion {

    private static final String VERSION = load();

    private HostVersion() {}

    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = HostVersion.class.getResourceAsStream("host.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("The host version resource is missing from the build", e));
        }
    }
}
