package org.proximite.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.proximite.core.search.BenchmarkCorpus.Query;
import org.proximite.core.testing.TestDatabase;

/**
 * Benchmark, not a test: skipped unless {@code -Dproximite.benchmark=true}. Search over 100,000
 * practice-language documents (50,000 practices in French and English, their words drawn from the
 * Guinea chapter's own texts with a fixed seed), against PostgreSQL's full-text search over the
 * very same texts, in the same run.
 *
 * <p>Both answer the same 2,000 queries (one to three words, every tenth with a typo) for the 20
 * best documents with a highlighted passage each. The index also counts its six facets and forgives
 * typos; PostgreSQL is given a GIN index over {@code to_tsvector('french'|'english', …)} and
 * {@code ts_rank}, {@code ts_headline} for the passages, and no facets: a generous baseline. Run:
 * {@code bin/mvn -B -pl core -am verify -Dit.test=SearchAgainstPostgresBenchmarkIT -Dtest=NONE
 * -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false -Dproximite.benchmark=true}.
 */
class SearchAgainstPostgresBenchmarkIT {

    static final int PRACTICES = BenchmarkCorpus.PRACTICES;
    static final int WARM_UP = BenchmarkCorpus.WARM_UP;
    static final int QUERIES = BenchmarkCorpus.QUERIES;

    @Test
    void searchOverOneHundredThousandDocumentsAgainstPostgresFullTextSearch() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("proximite.benchmark"), "benchmark: run with -Dproximite.benchmark=true");
        List<IndexedItem> corpus = BenchmarkCorpus.practices(PRACTICES);
        List<Query> queries = BenchmarkCorpus.queries();

        long start = System.nanoTime();
        SearchIndex index = SearchIndex.over(new GeneratedPractices(corpus));
        index.rebuild();
        long indexBuild = System.nanoTime() - start;
        assertThat(index.status().documents()).isEqualTo(PRACTICES);

        TestDatabase.Connection postgres = TestDatabase.freshPostgres();
        try (Connection connection = java.sql.DriverManager.getConnection(postgres.url(), postgres.user(), postgres.password())) {
            start = System.nanoTime();
            loadIntoPostgres(connection, corpus);
            long postgresBuild = System.nanoTime() - start;

            long[] lucene = new long[QUERIES];
            long[] fullText = new long[QUERIES];
            long luceneHits = 0;
            long postgresHits = 0;
            for (int i = 0; i < WARM_UP; i++) {
                Query query = queries.get(i % queries.size());
                index.search(SearchQuery.of(query.text(), query.language()));
                postgresSearch(connection, query);
            }
            // Interleaved, so that whatever else the machine does weighs on both alike.
            for (int i = 0; i < QUERIES; i++) {
                Query query = queries.get(i);
                long t = System.nanoTime();
                luceneHits += index.search(SearchQuery.of(query.text(), query.language())).hits().size();
                lucene[i] = System.nanoTime() - t;
                t = System.nanoTime();
                postgresHits += postgresSearch(connection, query);
                fullText[i] = System.nanoTime() - t;
            }
            java.util.Arrays.sort(lucene);
            java.util.Arrays.sort(fullText);
            System.out.printf("Search over %,d practice-language documents (%,d practices): index built in %.1f s, PostgreSQL rows and GIN index in %.1f s%n",
                    PRACTICES * 2L, PRACTICES, indexBuild / 1e9, postgresBuild / 1e9);
            System.out.printf("  in-process index  : p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  (%.1f hits per query, facets, typos)%n",
                    ms(lucene, 50), ms(lucene, 95), ms(lucene, 99), luceneHits / (double) QUERIES);
            System.out.printf("  PostgreSQL FTS    : p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  (%.1f hits per query, no facets, no typos)%n",
                    ms(fullText, 50), ms(fullText, 95), ms(fullText, 99), postgresHits / (double) QUERIES);
            System.out.printf("  p95 ratio index / PostgreSQL: %.2f (aim: 0.50 or less; the index's p95 under 2 ms)%n",
                    ms(lucene, 95) / ms(fullText, 95));
        }
    }

    private static void loadIntoPostgres(Connection connection, List<IndexedItem> corpus) throws Exception {
        try (var statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TABLE bench_text (
                        item_id BIGINT NOT NULL, language_code VARCHAR(8) NOT NULL, config REGCONFIG NOT NULL,
                        title TEXT NOT NULL, body TEXT NOT NULL, words TSVECTOR NOT NULL,
                        PRIMARY KEY (item_id, language_code))""");
        }
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO bench_text (item_id, language_code, config, title, body, words)
                VALUES (?, ?, ?::regconfig, ?, ?, setweight(to_tsvector(?::regconfig, ?), 'A') || to_tsvector(?::regconfig, ?))""")) {
            long id = 0;
            int batched = 0;
            for (IndexedItem item : corpus) {
                id++;
                for (var text : item.texts().entrySet()) {
                    String config = text.getKey().equals("fr") ? "french" : "english";
                    insert.setLong(1, id);
                    insert.setString(2, text.getKey());
                    insert.setString(3, config);
                    insert.setString(4, text.getValue().title());
                    insert.setString(5, text.getValue().body());
                    insert.setString(6, config);
                    insert.setString(7, text.getValue().title());
                    insert.setString(8, config);
                    insert.setString(9, text.getValue().body());
                    insert.addBatch();
                    if (++batched % 1_000 == 0) {
                        insert.executeBatch();
                    }
                }
            }
            insert.executeBatch();
        }
        connection.commit();
        connection.setAutoCommit(true);
        try (var statement = connection.createStatement()) {
            statement.execute("CREATE INDEX bench_text_words ON bench_text USING GIN (words)");
            statement.execute("ANALYZE bench_text");
        }
    }

    /** The 20 best texts in the reader's language, each with a passage: the number of hits. */
    private static int postgresSearch(Connection connection, Query query) throws Exception {
        String config = query.language().equals("fr") ? "french" : "english";
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT best.item_id, best.title, ts_headline(best.config, best.body, best.q, 'StartSel=<mark>, StopSel=</mark>, MaxWords=35')
                FROM (SELECT t.item_id, t.title, t.body, t.config, q.q
                      FROM bench_text t, websearch_to_tsquery(?::regconfig, ?) AS q(q)
                      WHERE t.language_code = ? AND t.words @@ q.q
                      ORDER BY ts_rank(t.words, q.q) DESC, t.item_id
                      LIMIT 20) best""")) {
            select.setString(1, config);
            select.setString(2, query.text());
            select.setString(3, query.language());
            int hits = 0;
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    hits++;
                }
            }
            return hits;
        }
    }

    private static double ms(long[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)] / 1e6;
    }
}
