package org.proximite.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.proximite.core.search.BenchmarkCorpus;
import org.proximite.core.search.BenchmarkCorpus.Query;
import org.proximite.core.search.GeneratedPractices;
import org.proximite.core.search.SearchIndex;
import org.proximite.core.search.SearchQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Benchmark, not a test: skipped unless {@code -Dproximite.benchmark=true}. {@code GET
 * /api/v1/search?q=…&lang=…} over loopback HTTP, with the application's index holding the engine
 * benchmark's 100,000 practice-language documents (50,000 practices in French and English) and
 * asked the same 2,000 queries: first one at a time, each also asked of the index directly in the
 * same run, then from four clients at once. The read cache is given no room, so that every request
 * searches: the figures are those of a question not asked before. Run: {@code bin/mvn -B -pl web-ui
 * -am verify -Dit.test=SearchApiBenchmarkIT -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
 * -Dfailsafe.failIfNoSpecifiedTests=false -Dproximite.benchmark=true}.
 */
@EnabledIfSystemProperty(named = "proximite.benchmark", matches = "true")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"proximite.admin.password=benchmark-only-password", "proximite.read-cache.budget-bytes=0"})
@DirtiesContext
class SearchApiBenchmarkIT {

    static final int CLIENTS = 4;

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void useTemporaryDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("proximite.data-dir", () -> dataDir.toString());
    }

    /** The index reads the generated practices instead of the database's. */
    @TestConfiguration
    static class GeneratedCorpus {

        @Bean
        @Primary
        GeneratedPractices generatedPractices() {
            return new GeneratedPractices(BenchmarkCorpus.PRACTICES);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    SearchIndex index;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void searchApiOverOneHundredThousandDocuments() throws Exception {
        await().atMost(Duration.ofMinutes(5)).until(() -> !index.isBuilding() && index.status().documents() == BenchmarkCorpus.PRACTICES);
        // Built again once the first start's changes are in: one segment, as the engine's benchmark searches.
        index.rebuild();
        List<Query> queries = BenchmarkCorpus.queries();

        for (int i = 0; i < BenchmarkCorpus.WARM_UP; i++) {
            Query query = queries.get(i % queries.size());
            engine(query);
            assertThat(items(query)).as(query.toString()).isEqualTo(engine(query));
        }
        long[] engine = new long[queries.size()];
        long[] api = new long[queries.size()];
        long bytes = 0;
        // One at a time, interleaved, so that whatever else the machine does weighs on both alike.
        for (int i = 0; i < queries.size(); i++) {
            Query query = queries.get(i);
            long t = System.nanoTime();
            engine(query);
            engine[i] = System.nanoTime() - t;
            t = System.nanoTime();
            bytes += get(query).body().length;
            api[i] = System.nanoTime() - t;
        }
        long[] concurrent = new long[queries.size()];
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
            List<Future<?>> running = java.util.stream.IntStream.range(0, CLIENTS).<Future<?>>mapToObj(c -> clients.submit(() -> {
                for (int i = next.getAndIncrement(); i < queries.size(); i = next.getAndIncrement()) {
                    long t = System.nanoTime();
                    get(queries.get(i));
                    concurrent[i] = System.nanoTime() - t;
                }
                return null;
            })).toList();
            for (Future<?> client : running) {
                client.get();
            }
        }
        long concurrentTime = System.nanoTime() - start;

        Arrays.sort(engine);
        Arrays.sort(api);
        Arrays.sort(concurrent);
        System.out.printf("Search API over %,d practice-language documents (%,d practices), %,d queries, loopback HTTP, read cache off:%n",
                BenchmarkCorpus.PRACTICES * 2L, BenchmarkCorpus.PRACTICES, queries.size());
        System.out.printf("  index, in process      : p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms%n", ms(engine, 50), ms(engine, 95), ms(engine, 99));
        System.out.printf("  HTTP API, one at a time: p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  (%.1f KB gzipped per answer)%n",
                ms(api, 50), ms(api, 95), ms(api, 99), bytes / 1024.0 / queries.size());
        System.out.printf("  HTTP API, %d clients    : p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  (%.0f answers a second)%n",
                CLIENTS, ms(concurrent, 50), ms(concurrent, 95), ms(concurrent, 99), queries.size() / (concurrentTime / 1e9));
        System.out.printf("  aim: the HTTP API's p95 under 10 ms one at a time%n");
    }

    private int engine(Query query) {
        return index.search(SearchQuery.of(query.text(), query.language())).hits().size();
    }

    private HttpResponse<byte[]> get(Query query) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/search?q=" + URLEncoder.encode(query.text(), StandardCharsets.UTF_8)
                + "&lang=" + query.language());
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode());
        }
        return response;
    }

    /** How many items the API answers, read from its gzipped JSON. */
    private int items(Query query) throws IOException, InterruptedException {
        try (GZIPInputStream body = new GZIPInputStream(new ByteArrayInputStream(get(query).body()))) {
            return json.readTree(body).get("items").size();
        }
    }

    private static double ms(long[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)] / 1e6;
    }
}
