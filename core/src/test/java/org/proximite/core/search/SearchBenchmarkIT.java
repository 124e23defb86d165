package org.proximite.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proximite.core.testing.CoreServices;
import org.proximite.core.testing.TestChapterJars;
import org.proximite.core.testing.TestDatabase;

/**
 * Benchmark, not a test: skipped unless {@code -Dproximite.benchmark=true}. Times the index's
 * build and its queries (typos allowed, facets counted, passages highlighted) over the Guinea
 * chapter and a generated chapter of 500 practices in French and English. Run: {@code bin/mvn -pl
 * core -am verify -Dit.test=SearchBenchmarkIT -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
 * -Dproximite.benchmark=true}.
 */
class SearchBenchmarkIT {

    static final int PRACTICES = 500;
    static final int WARM_UP = 200;
    static final int QUERIES = 2000;
    static final List<String> WORDS = List.of("securite", "polices", "conseil local", "pratique numero 42", "reunir les acteurs",
            "community council", "dialogue", "prévention délinquance", "ecouter", "plan locla");

    @TempDir
    Path work;

    @Test
    void queriesOverGuineaAndFiveHundredGeneratedPractices() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("proximite.benchmark"), "benchmark: run with -Dproximite.benchmark=true");
        CoreServices core = CoreServices.on(TestDatabase.H2);
        core.install(TestChapterJars.guinea(), work);
        Path generated = work.resolve("bench-1.0.0.jar");
        Files.write(generated, TestChapterJars.generated(PRACTICES, "1.0.0", ""));
        core.install(generated, work);

        SearchIndex index = SearchIndex.over(new PublishedItems(core.dsl()));
        long buildStart = System.nanoTime();
        index.rebuild();
        long build = System.nanoTime() - buildStart;
        assertThat(index.status().documents()).isGreaterThan(PRACTICES);

        for (int i = 0; i < WARM_UP; i++) {
            index.search(query(i));
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < QUERIES; i++) {
            long start = System.nanoTime();
            index.search(query(i));
            times.add(System.nanoTime() - start);
        }
        times.sort(null);
        for (String words : WORDS) {
            long start = System.nanoTime();
            for (int i = 0; i < 50; i++) {
                index.search(new SearchQuery(words, "fr", Map.of(), 0, 20));
            }
            long twenty = (System.nanoTime() - start) / 50;
            start = System.nanoTime();
            for (int i = 0; i < 50; i++) {
                index.search(new SearchQuery(words, "fr", Map.of(), 0, 1));
            }
            System.out.printf("  %-28s 20 hits %.2f ms, 1 hit %.2f ms%n", words, twenty / 1e6, (System.nanoTime() - start) / 50 / 1e6);
        }
        System.out.printf("Search benchmark: %d items indexed in %.0f ms; %d queries (20 hits, facets, passages): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n",
                index.status().documents(), build / 1e6, QUERIES, times.get(QUERIES / 2) / 1e6, times.get(QUERIES * 95 / 100) / 1e6,
                times.get(QUERIES * 99 / 100) / 1e6);
    }

    private static SearchQuery query(int i) {
        Map<String, String> filters = i % 3 == 0 ? Map.of("chapter", "bench") : Map.of();
        return new SearchQuery(WORDS.get(i % WORDS.size()), i % 2 == 0 ? "fr" : "en", filters, 0, 20);
    }
}
