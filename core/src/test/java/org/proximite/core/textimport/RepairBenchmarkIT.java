package org.proximite.core.textimport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.proximite.core.textimport.reading.ImportFormat;

/**
 * Benchmark, not a test: skipped unless {@code -Dproximite.benchmark=true}. Reads the seed page
 * (garbled, bilingual) repeated to about 1 MB through the whole preview (paragraphs, repair,
 * languages) and prints the throughput in MB/s, best of five runs after a warm-up.
 */
class RepairBenchmarkIT {

    @Test
    void previewThroughputOnTheSeedText() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("proximite.benchmark"), "benchmark: run with -Dproximite.benchmark=true");
        String seed;
        try (InputStream in = getClass().getResourceAsStream("seed-garbled.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder text = new StringBuilder();
        while (text.length() < 1_000_000) {
            text.append(seed).append("\n\n");
        }
        String page = text.toString();
        double megabytes = page.getBytes(StandardCharsets.UTF_8).length / (1024.0 * 1024.0);
        for (int i = 0; i < 3; i++) {
            PreviewReader.read(page, ImportFormat.TEXT);
        }
        long best = Long.MAX_VALUE;
        int repairs = 0;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            repairs = PreviewReader.read(page, ImportFormat.TEXT).repairs();
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf("Import preview benchmark: %.2f MB (%d repairs) in %.0f ms: %.2f MB/s%n",
                megabytes, repairs, best / 1e6, megabytes / (best / 1e9));
    }
}
