package org.proximite.web.chapter;

import org.proximite.chapter.format.ItemKind;
import org.proximite.core.content.ItemText;
import org.proximite.core.practice.PracticeEditing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proximite.core.chapter.installing.Answers;
import org.proximite.core.chapter.running.ChapterLoader;
import org.proximite.web.ProximiteApplication;
import org.proximite.web.i18n.UiLanguages;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the whole application, each with its own data folder, on one PostgreSQL: an
 * admin installs a chapter on one, and the other runs it, offers its language and answers it in
 * its API and its search within seconds; a chapter disabled on the second stops on the first; a
 * practice edited on one is found by the other's search.
 */
class TwoApplicationInstancesIT {

    private static final org.proximite.core.actor.Actor AMINA =
            org.proximite.core.actor.Actor.user("amina", java.util.Set.of(org.proximite.core.actor.Role.ADMIN));
    private static final org.proximite.core.actor.Actor BAKARY =
            org.proximite.core.actor.Actor.user("bakary", java.util.Set.of(org.proximite.core.actor.Role.ADMIN));

    static final Duration FOLLOWS_WITHIN = Duration.ofSeconds(5);

    @TempDir
    static Path dataA;

    @TempDir
    static Path dataB;

    private static EmbeddedPostgres postgres;
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        System.setProperty("liquibase.analytics.enabled", "false");
        postgres = EmbeddedPostgres.start();
        a = start(dataA);
        b = start(dataB);
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

    private static ConfigurableApplicationContext start(Path dataDir) {
        // Arguments, not default properties: they must win over application.yml.
        return new SpringApplicationBuilder(ProximiteApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--proximite.data-dir=" + dataDir,
                "--proximite.admin.password=two-instances-test-only",
                "--proximite.outbox.poll-interval=PT0.2S");
    }

    @Test
    void aChapterInstalledOnOneInstanceRunsOnTheOtherAndADisableOnTheOtherStopsItOnTheFirst() throws Exception {
        byte[] example;
        try (InputStream in = getClass().getResourceAsStream("/shipped-chapters/guinea-bissau.jar")) {
            example = in.readAllBytes();
        }
        ChapterAdministration onA = a.getBean(ChapterAdministration.class);

        onA.apply(onA.prepare("guinea-bissau.jar", example, AMINA).id(), Answers.none(), AMINA);

        await().atMost(FOLLOWS_WITHIN).until(() -> b.getBean(ChapterLoader.class).startedChapters().contains("guinea-bissau"));
        await().atMost(FOLLOWS_WITHIN).until(() -> b.getBean(UiLanguages.class).available().contains(Locale.forLanguageTag("pt")));
        assertThat(publicChapters(b)).contains("\"id\":\"guinea-bissau\"");
        await().atMost(FOLLOWS_WITHIN).until(() -> get(b, "/api/v1/search?q=emissao&lang=pt").contains("community-radio-call-in-programme"));

        b.getBean(ChapterAdministration.class).disable("guinea-bissau", BAKARY);

        await().atMost(FOLLOWS_WITHIN).until(() -> !a.getBean(ChapterLoader.class).startedChapters().contains("guinea-bissau"));
        await().atMost(FOLLOWS_WITHIN).until(() -> !a.getBean(UiLanguages.class).available().contains(Locale.forLanguageTag("pt")));
        await().atMost(FOLLOWS_WITHIN).until(() -> !get(a, "/api/v1/search?q=emissao&lang=pt").contains("community-radio-call-in-programme"));
    }

    @Test
    void aPracticeEditedOnOneInstanceIsFoundBySearchAndShownOnTheOthersPublicPages() throws Exception {
        PracticeEditing onA = a.getBean(PracticeEditing.class);
        var draft = onA.load("local-security-plan");
        var fields = new java.util.HashMap<>(draft.item().text("fr").fields());
        fields.put("title", "Plan local de sécurité, adopté sous le fromager");
        onA.save(draft.withItem(draft.item().withText("fr", ItemText.of(ItemKind.PRACTICE, fields))),
                org.proximite.core.actor.Actor.user("coordinator", java.util.Set.of(org.proximite.core.actor.Role.COORDINATOR)));

        await().atMost(FOLLOWS_WITHIN).until(() -> get(b, "/guide/fr/search?q=fromagers").contains("/guide/fr/practices/local-security-plan"));
        assertThat(get(b, "/guide/fr/practices/local-security-plan")).contains("adopté sous le fromager");
    }

    @Test
    void aPersonSignedInOnOneInstanceIsCarriedOnByTheOtherUntilTheirAccountChanges() throws Exception {
        String token = signIn(a);

        HttpResponse<String> onB = page(b, "/workspace", CarriedSignInCookieName.NAME + "=" + token);
        assertThat(onB.statusCode()).as("the other instance opens the workspace without asking again").isEqualTo(200);
        String sessionOnB = cookie(onB, "JSESSIONID").orElseThrow();
        assertThat(page(b, "/workspace", sessionOnB).statusCode()).as("and keeps the new session").isEqualTo(200);
        // A browser sends both cookies with every request: the session carried on is used as it is, not made anew
        // (a new session at each request loses the workspace of requests sent at once: a page and its push channel).
        // Both ways: each instance must read the sign-in its own security reads, whichever started last.
        for (var from : java.util.List.of(a, b)) {
            var to = from == a ? b : a;
            String carried = CarriedSignInCookieName.NAME + "=" + signIn(from);
            String session = cookie(page(to, "/workspace", carried), "JSESSIONID").orElseThrow();
            HttpResponse<String> next = page(to, "/workspace", session + "; " + carried);
            assertThat(next.statusCode()).isEqualTo(200);
            assertThat(cookie(next, "JSESSIONID")).as("a new session for a request of a session already carried on").isEmpty();
        }

        HttpResponse<String> forged = page(b, "/workspace", CarriedSignInCookieName.NAME + "=not-a-token");
        assertThat(forged.statusCode()).isEqualTo(302);
        assertThat(forged.headers().firstValue("Location").orElse("")).contains("/login");
        assertThat(forged.headers().allValues("Set-Cookie")).anyMatch(value -> value.startsWith(CarriedSignInCookieName.NAME + "=;")
                && value.contains("Max-Age=0"));

        String expired = signIn(a);
        sql("UPDATE account_sign_in SET expires_at = CURRENT_TIMESTAMP - INTERVAL '1 minute' WHERE token_hash = '" + sha256(expired) + "'");
        assertThat(page(b, "/workspace", CarriedSignInCookieName.NAME + "=" + expired).statusCode()).as("past its absolute timeout").isEqualTo(302);

        // A changed password or role ends every sign-in made before, on every instance.
        String before = signIn(a);
        sql("UPDATE app_user SET sessions_valid_after = CURRENT_TIMESTAMP + INTERVAL '1 second' WHERE username = 'admin'");
        assertThat(page(b, "/workspace", CarriedSignInCookieName.NAME + "=" + before).statusCode()).isEqualTo(302);
        sql("UPDATE app_user SET sessions_valid_after = CURRENT_TIMESTAMP - INTERVAL '1 hour' WHERE username = 'admin'");
    }

    /** Signs in as the admin through instance's sign-in form and gives the carried sign-in's token. */
    private static String signIn(ConfigurableApplicationContext instance) throws Exception {
        String port = instance.getEnvironment().getProperty("local.server.port");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "http://localhost:" + port)
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=two-instances-test-only"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
        String cookie = cookie(response, CarriedSignInCookieName.NAME).orElseThrow();
        return cookie.substring(cookie.indexOf('=') + 1);
    }

    private static HttpResponse<String> page(ConfigurableApplicationContext instance, String path, String cookie) throws Exception {
        String port = instance.getEnvironment().getProperty("local.server.port");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Cookie", cookie).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static java.util.Optional<String> cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith(name))
                .map(value -> value.substring(0, value.indexOf(';'))).filter(value -> !value.endsWith("=")).findFirst();
    }

    private static void sql(String statement) throws Exception {
        try (var connection = postgres.getPostgresDatabase().getConnection(); var update = connection.createStatement()) {
            update.executeUpdate(statement);
        }
    }

    private static String sha256(String token) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** The name of the cookie that carries a sign-in, as a browser sees it. */
    private static final class CarriedSignInCookieName {
        static final String NAME = "PROXIMITE_SIGN_IN";
    }

    private static String get(ConfigurableApplicationContext instance, String path) throws Exception {
        String port = instance.getEnvironment().getProperty("local.server.port");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String publicChapters(ConfigurableApplicationContext instance) throws Exception {
        String port = instance.getEnvironment().getProperty("local.server.port");
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/chapters")).build(), HttpResponse.BodyHandlers.ofString());
        return response.body();
    }
}
