package org.proximite.web.chapter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The example chapters shipped inside the application, listed in {@code shipped-chapters/examples.txt}. */
final class ShippedExamples {

    private ShippedExamples() {}

    static List<String> list() {
        try (InputStream in = ShippedExamples.class.getResourceAsStream("/shipped-chapters/examples.txt")) {
            if (in == null) {
                return List.of();
            }
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return lines.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
            }
        } catch (IOException e) {
            return List.of();
        }
    }
}
