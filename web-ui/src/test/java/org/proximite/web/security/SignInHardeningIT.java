package org.proximite.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/** What a script, a forged form or a guesser meets at the doors, over plain HTTP. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "proximite.admin.password=" + SignInHardeningIT.PASSWORD)
@DirtiesContext
class SignInHardeningIT {

    @org.junit.jupiter.api.io.TempDir
    static java.nio.file.Path dataDir;

    @org.springframework.test.context.DynamicPropertySource
    static void useTemporaryDataDirectory(org.springframework.test.context.DynamicPropertyRegistry registry) {
        registry.add("proximite.data-dir", () -> dataDir.toString());
    }

    static final String PASSWORD = "hardening-test-only";

    @LocalServerPort
    private int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void guessingPasswordsIsSlowedDownAndTheRightPasswordWorksAfterTheWait() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        String retryAfter = null;
        for (int i = 0; i < 30; i++) {
            HttpResponse<String> response = get("/api/v1/admin/chapters", "admin:wrong-guess-" + i);
            statuses.add(response.statusCode());
            if (response.statusCode() == 429) {
                retryAfter = response.headers().firstValue("Retry-After").orElse(null);
            }
        }
        assertThat(statuses.subList(0, 5)).containsOnly(401);
        assertThat(statuses).contains(429);
        assertThat(retryAfter).isNotNull();
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 900L);
        // Even the right password is refused while the wait lasts, then works.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> get("/api/v1/admin/chapters", "admin:" + PASSWORD).statusCode() == 200);
    }

    @Test
    void aCrossSitePostToTheSignInFormWithoutItsTokenIsRefused() throws Exception {
        HttpRequest forged = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + PASSWORD))
                .build();
        HttpResponse<String> response = http.send(forged, HttpResponse.BodyHandlers.ofString());

        // Refused: either 403, or sent back to the sign-in page; in both cases nobody is signed in.
        assertThat(response.statusCode()).isIn(302, 403);
        response.headers().firstValue("Location").ifPresent(location -> assertThat(location).contains("/login"));
        String cookie = response.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith("JSESSIONID"))
                .map(value -> value.substring(0, value.indexOf(';'))).findFirst().orElse("JSESSIONID=none");
        HttpResponse<String> after = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/workspace"))
                .header("Cookie", cookie).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElse("")).contains("/login");
    }

    @Test
    void everyHtmlPageCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/guide/en/", "/login", "/workspace")) {
            HttpResponse<String> response = get(path, null);
            var headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("default-src").contains("frame-ancestors 'none'"));
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).contains("same-origin");
        }
        assertThat(get("/guide/en/", null).headers().firstValue("Content-Security-Policy").orElseThrow())
                .startsWith("default-src 'none'").doesNotContain("script-src");
    }

    /** Signs in through the form, from this site, and returns the session cookie. */
    private String signedInCookie() throws Exception {
        HttpResponse<String> own = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "http://localhost:" + port)
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + PASSWORD))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(own.statusCode()).isEqualTo(302);
        assertThat(own.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return own.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith("JSESSIONID"))
                .map(value -> value.substring(0, value.indexOf(';'))).findFirst().orElseThrow();
    }

    private HttpResponse<String> page(String path, String cookie) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Cookie", cookie)
                .header("Accept-Language", "fr").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aSignInPostedFromThisSiteStillWorksAndAWorkspaceAddressOfNothingAnswersARealNotFound() throws Exception {
        String cookie = signedInCookie();

        HttpResponse<String> missing = page("/workspace/practices/no-such-practice", cookie);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("<html lang=\"fr\"").contains("no-such-practice").contains("<h1>");
        assertThat(page("/edit/initiatives/no-such-initiative", cookie).statusCode()).isEqualTo(404);
        assertThat(page("/workspace/chapters/no-such-chapter", cookie).statusCode()).isEqualTo(404);
        assertThat(page("/workspace/practices/local-security-plan", cookie).statusCode()).as("an existing practice loads the workspace")
                .isEqualTo(200);
        assertThat(get("/workspace/practices/no-such-practice", null).statusCode()).as("strangers are sent to sign in, and learn nothing")
                .isEqualTo(302);
    }
}
