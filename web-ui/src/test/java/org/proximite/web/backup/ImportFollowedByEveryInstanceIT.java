package org.proximite.web.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.actor.Actor;
import org.proximite.core.actor.Role;
import org.proximite.core.backup.BackupExport;
import org.proximite.core.backup.BackupImport;
import org.proximite.core.content.ItemText;
import org.proximite.core.practice.PracticeEditing;
import org.proximite.web.ProximiteApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A bundle imported on one instance is what every instance on the same PostgreSQL shows within
 * seconds, without a restart: the other's public pages, API and search, though they had answered
 * (and kept) the content from before.
 */
class ImportFollowedByEveryInstanceIT {

    private static final Actor AMINA = Actor.user("amina", Set.of(Role.ADMIN));
    private static final Duration FOLLOWS_WITHIN = Duration.ofSeconds(5);
    private static final String PRACTICE = "/guide/fr/practices/local-security-plan";
    private static final String TITLE = "Plan local de sécurité, voté sous le baobab";

    @TempDir
    static Path dataSource;
    @TempDir
    static Path dataA;
    @TempDir
    static Path dataB;
    @TempDir
    static Path files;

    private static EmbeddedPostgres postgres;
    private static byte[] bundle;
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;

    @BeforeAll
    static void exportOneInstanceThenStartTwoEmptyOnes() throws Exception {
        System.setProperty("liquibase.analytics.enabled", "false");
        postgres = EmbeddedPostgres.start();
        try (var connection = postgres.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE worked_in");
            statement.execute("CREATE DATABASE empty");
        }
        try (ConfigurableApplicationContext source = start("worked_in", dataSource)) {
            PracticeEditing editing = source.getBean(PracticeEditing.class);
            var draft = editing.load("local-security-plan");
            var fields = new HashMap<>(draft.item().text("fr").fields());
            fields.put("title", TITLE);
            editing.save(draft.withItem(draft.item().withText("fr", ItemText.of(ItemKind.PRACTICE, fields))),
                    Actor.user("coordinator", Set.of(Role.COORDINATOR)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            source.getBean(BackupExport.class).export(out, AMINA, progress -> {});
            bundle = out.toByteArray();
        }
        a = start("empty", dataA);
        // The database's outbox went further than the bundle's: the bundle's own history alone would tell B nothing.
        try (var connection = postgres.getDatabase("postgres", "empty").getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("UPDATE outbox_head SET last_position = last_position + 100000");
        }
        b = start("empty", dataB);
    }

    @AfterAll
    static void stopThem() throws Exception {
        for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] {b, a}) {
            if (instance != null) {
                instance.close();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private static ConfigurableApplicationContext start(String database, Path dataDir) {
        return new SpringApplicationBuilder(ProximiteApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", database),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--proximite.data-dir=" + dataDir,
                "--proximite.admin.password=import-followed-test-only",
                "--proximite.outbox.poll-interval=PT0.2S");
    }

    @Test
    void theOtherInstanceShowsTheImportedContentInItsPagesApiAndSearchWithoutRestart() throws Exception {
        // B answered, and kept, the content from before the import.
        assertThat(get(b, PRACTICE)).doesNotContain(TITLE);
        assertThat(get(b, "/api/v1/practices/local-security-plan?lang=fr")).doesNotContain(TITLE);
        assertThat(get(b, "/guide/fr/search?q=baobab")).doesNotContain(PRACTICE);

        a.getBean(BackupImport.class).importBundle(Files.write(files.resolve("bundle.zip"), bundle), AMINA, progress -> {});

        assertThat(get(a, PRACTICE)).as("the importing instance follows at once").contains(TITLE);
        await().atMost(FOLLOWS_WITHIN).until(() -> get(b, PRACTICE).contains(TITLE));
        await().atMost(FOLLOWS_WITHIN).until(() -> get(b, "/api/v1/practices/local-security-plan?lang=fr").contains(TITLE));
        await().atMost(FOLLOWS_WITHIN).until(() -> get(b, "/guide/fr/search?q=baobab").contains(PRACTICE));
        await().atMost(FOLLOWS_WITHIN).until(() -> get(b, "/api/v1/search?q=baobab&lang=fr").contains("local-security-plan"));
    }

    private static String get(ConfigurableApplicationContext instance, String path) throws Exception {
        String port = instance.getEnvironment().getProperty("local.server.port");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
