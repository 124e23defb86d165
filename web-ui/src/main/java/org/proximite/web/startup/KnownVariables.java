package org.proximite.web.startup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code PROXIMITE_*} environment variables the application reads: those {@code application.yml}
 * names, and those of the scripts around it. Any other is most likely a typo, which would
 * otherwise be ignored silently (a misspelt database URL would start on the embedded database).
 */
final class KnownVariables {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(PROXIMITE_[A-Z0-9_]+)");
    /** Read by bin/ scripts, the container image's base script and the tests, not by the application. */
    private static final Set<String> OF_THE_SCRIPTS = Set.of("PROXIMITE_JDK", "PROXIMITE_JAVA_OPTIONS", "PROXIMITE_CHROMIUM", "PROXIMITE_TEST_IMAGE",
            "PROXIMITE_DEBIAN_MIRROR", "PROXIMITE_DEBIAN_SECURITY_MIRROR", "PROXIMITE_IMAGE_BASE_MAX_AGE_DAYS");

    private final Set<String> known;

    private KnownVariables(Set<String> known) {
        this.known = known;
    }

    static KnownVariables fromConfiguration() {
        try (InputStream in = KnownVariables.class.getResourceAsStream("/application.yml")) {
            Set<String> known = new TreeSet<>(OF_THE_SCRIPTS);
            if (in != null) {
                Matcher names = PLACEHOLDER.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                while (names.find()) {
                    known.add(names.group(1));
                }
            }
            return new KnownVariables(known);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Set<String> names() {
        return known;
    }

    /** Refuses the first {@code PROXIMITE_*} variable of {@code environment} that is not known, naming the closest known one. */
    void check(Map<String, String> environment) {
        new TreeSet<>(environment.keySet()).stream()
                .filter(name -> name.startsWith("PROXIMITE_") && !known.contains(name))
                .findFirst()
                .ifPresent(unknown -> {
                    throw new WrongSetting("settings.variable.unknown", unknown, environment.get(unknown).length(), closestTo(unknown));
                });
    }

    private String closestTo(String name) {
        return known.stream().min(Comparator.comparingInt(candidate -> distance(name, candidate))).orElse("");
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
