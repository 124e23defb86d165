package org.proximite.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.proximite.db.jooq.Tables.CONTENT_ITEM;
import static org.proximite.db.jooq.Tables.CONTENT_REVISION;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Twenty tools save one practice at once through the API on PostgreSQL, each its own field of a
 * language, reading it again and sending again when answered 409, as a client would: no save is
 * lost, every accepted one is a revision, every refused one is a 409.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "proximite.chapters.present=guinea-bissau")
@DirtiesContext
class RacingSavesIT {

    private static final String PRACTICE = "/api/v1/practices/local-security-plan";
    private static final int SAVES_PER_WRITER = 50;
    /** Each writer owns one field of one language: 8 in French, 8 in English, 4 in Portuguese. */
    private static final List<String[]> OWNED = owned();

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void useTemporaryDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("proximite.data-dir", () -> dataDir.toString());
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.proximite.core.account.Accounts accounts;

    @org.junit.jupiter.api.BeforeEach
    void createTheAccounts() {
        ApiTestAccounts.createIn(accounts);
    }

    @LocalServerPort
    int port;

    @Autowired
    DSLContext dsl;

    /** The code of each refusal, counted. */
    private final Map<String, AtomicInteger> refusals = new ConcurrentHashMap<>();

    private static List<String[]> owned() {
        List<String[]> owned = new ArrayList<>();
        for (String language : List.of("fr", "en")) {
            for (String field : List.of("title", "summary", "body", "effect", "mechanism", "context", "implementation", "cost")) {
                owned.add(new String[] {language, field});
            }
        }
        for (String field : List.of("body", "effect", "mechanism", "context")) {
            owned.add(new String[] {"pt", field});
        }
        return owned;
    }

    /** What happened to one writer's attempts. */
    record Tally(int accepted, int refused, List<String> unexpected) {}

    @Test
    void aThousandSavesFromTwentyWritersAreAllKeptAsRevisionsWithoutGaps() throws Exception {
        ApiClient coordinator = ApiClient.as(port, "writer");
        JsonNode start = coordinator.read(coordinator.get(PRACTICE));
        ObjectNode withPortuguese = (ObjectNode) start.deepCopy();
        ((ObjectNode) withPortuguese.get("texts")).set("pt", coordinator.json().valueToTree(Map.of("version", 0,
                "fields", Map.of("title", "Plano local de segurança", "summary", "Um plano escrito pela polícia e pelos moradores."))));
        assertThat(coordinator.put(PRACTICE, withPortuguese).statusCode()).isEqualTo(200);
        long itemId = dsl.select(CONTENT_ITEM.ID).from(CONTENT_ITEM).where(CONTENT_ITEM.SLUG.eq("local-security-plan")).fetchSingle().value1();
        int revisionsBefore = dsl.fetchCount(CONTENT_REVISION, CONTENT_REVISION.ITEM_ID.eq(itemId));

        ExecutorService writers = Executors.newFixedThreadPool(OWNED.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Tally>> tallies = new ArrayList<>();
        for (int writer = 0; writer < OWNED.size(); writer++) {
            int number = writer;
            tallies.add(writers.submit(() -> {
                go.await();
                return write(number);
            }));
        }
        long started = System.nanoTime();
        go.countDown();
        int accepted = 0;
        int refused = 0;
        List<String> unexpected = new ArrayList<>();
        for (Future<Tally> tally : tallies) {
            accepted += tally.get().accepted();
            refused += tally.get().refused();
            unexpected.addAll(tally.get().unexpected());
        }
        writers.shutdown();
        System.out.printf("Racing saves on PostgreSQL: %d accepted, %d refused with 409 %s, in %d ms%n", accepted, refused, refusals,
                (System.nanoTime() - started) / 1_000_000);

        assertThat(unexpected).as("every refusal is a 409").isEmpty();
        assertThat(accepted).isEqualTo(OWNED.size() * SAVES_PER_WRITER);
        assertThat(dsl.fetchCount(CONTENT_REVISION, CONTENT_REVISION.ITEM_ID.eq(itemId)))
                .as("every accepted save is one revision").isEqualTo(revisionsBefore + accepted);
        var versions = dsl.select(CONTENT_REVISION.LANGUAGE_CODE, DSL.count(), DSL.min(CONTENT_REVISION.VERSION), DSL.max(CONTENT_REVISION.VERSION))
                .from(CONTENT_REVISION).where(CONTENT_REVISION.ITEM_ID.eq(itemId)).groupBy(CONTENT_REVISION.LANGUAGE_CODE).fetch();
        versions.forEach(row -> assertThat(List.of(row.value2(), row.value3())).as("no gap in the history of " + row.value1())
                .containsExactly(row.value4(), 1));
        JsonNode end = coordinator.read(coordinator.get(PRACTICE));
        for (int writer = 0; writer < OWNED.size(); writer++) {
            String[] owned = OWNED.get(writer);
            assertThat(end.get("texts").get(owned[0]).get("fields").get(owned[1]).asString()).as("writer %d's last save", writer)
                    .isEqualTo(value(writer, SAVES_PER_WRITER - 1));
        }
    }

    /** One writer: read, change its field, send; on 409 read again and send again. */
    private Tally write(int writer) throws Exception {
        ApiClient client = ApiClient.as(port, "writer");
        String language = OWNED.get(writer)[0];
        String field = OWNED.get(writer)[1];
        int accepted = 0;
        int refused = 0;
        List<String> unexpected = new ArrayList<>();
        while (accepted < SAVES_PER_WRITER && unexpected.isEmpty()) {
            JsonNode copy = client.read(client.get(PRACTICE));
            ObjectNode edited = (ObjectNode) copy.deepCopy();
            ((ObjectNode) edited.get("texts").get(language).get("fields")).put(field, value(writer, accepted));
            HttpResponse<String> answer = client.put(PRACTICE, edited);
            if (answer.statusCode() == 200) {
                accepted++;
            } else if (answer.statusCode() == 409 && client.read(answer).get("code").asString().startsWith("edit.")) {
                refused++;
                refusals.computeIfAbsent(client.read(answer).get("code").asString(), code -> new AtomicInteger()).incrementAndGet();
            } else {
                unexpected.add(answer.statusCode() + " " + answer.body());
            }
        }
        return new Tally(accepted, refused, unexpected);
    }

    private static String value(int writer, int save) {
        return "Writer " + writer + ", save " + save + ".";
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class EmbeddedPostgresDatabase {

        // Spring closes the server after the beans that use it.
        @Bean(destroyMethod = "close")
        EmbeddedPostgres embeddedPostgres() throws IOException {
            return EmbeddedPostgres.start();
        }

        @Bean
        DataSource dataSource(EmbeddedPostgres postgres) {
            return postgres.getPostgresDatabase();
        }
    }
}
