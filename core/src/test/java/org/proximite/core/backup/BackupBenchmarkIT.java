package org.proximite.core.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proximite.core.testing.CoreServices;
import org.proximite.core.testing.TestActors;
import org.proximite.core.testing.TestChapterJars;
import org.proximite.core.testing.TestDatabase;

/**
 * Benchmark, not a test: skipped unless {@code -Dproximite.benchmark=true}. Times the export of an
 * H2 instance with Guinea and a generated chapter of 500 practices in French and English, its
 * import into PostgreSQL, and the export from PostgreSQL; prints the figures. Run: {@code bin/mvn -pl
 * core -am verify -Dit.test=BackupBenchmarkIT -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
 * -Dproximite.benchmark=true}.
 */
class BackupBenchmarkIT {

    static final int PRACTICES = 500;

    @TempDir
    Path work;

    @Test
    void exportAndImportAnInstanceOfFiveHundredPractices() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("proximite.benchmark"), "benchmark: run with -Dproximite.benchmark=true");
        CoreServices h2 = CoreServices.on(TestDatabase.H2);
        h2.install(TestChapterJars.guinea(), work);
        Path generated = work.resolve("bench-1.0.0.jar");
        Files.write(generated, TestChapterJars.generated(PRACTICES, "1.0.0", ""));
        h2.install(generated, work);
        BackupInstances.exportBytes(h2); // warm-up

        long start = System.nanoTime();
        byte[] bundle = BackupInstances.exportBytes(h2);
        long export = System.nanoTime() - start;

        CoreServices postgres = CoreServices.on(TestDatabase.POSTGRES);
        Path file = BackupInstances.write(work, "bundle.zip", bundle);
        start = System.nanoTime();
        ImportResult result = BackupInstances.importer(postgres, postgres.newLoader()).importBundle(file, TestActors.ADMIN, p -> {});
        long imported = System.nanoTime() - start;

        start = System.nanoTime();
        byte[] again = BackupInstances.exportBytes(postgres);
        long exportPostgres = System.nanoTime() - start;

        BackupRoundTripIT.assertSameApartFromCreatedAt(bundle, again);
        Map<String, Integer> counts = BackupInstances.rowCounts(postgres.dsl());
        assertThat(counts.get("content_item")).isGreaterThan(PRACTICES);
        System.out.printf("Backup benchmark: %d rows, bundle %.1f MB; export from H2 %d ms, import into PostgreSQL %d ms (check and write), "
                + "export from PostgreSQL %d ms%n", result.rows(), bundle.length / 1e6, export / 1_000_000, imported / 1_000_000,
                exportPostgres / 1_000_000);
    }
}
