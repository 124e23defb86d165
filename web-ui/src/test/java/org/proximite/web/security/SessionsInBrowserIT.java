package org.proximite.web.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.proximite.core.account.AccountAccess;
import org.proximite.core.account.Accounts;
import org.proximite.core.actor.Actor;
import org.proximite.core.actor.Role;
import org.proximite.web.testing.InBrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Sessions as a signed-in person lives them, in a real Chromium. */
class SessionsInBrowserIT extends InBrowserTest {

    @Autowired
    private Accounts accounts;

    private static String sessionId(BrowserContext context) {
        return context.cookies().stream().filter(cookie -> cookie.name.startsWith("JSESSIONID")).map(cookie -> cookie.value)
                .findFirst().orElse(null);
    }

    private static void signInAs(Page page, String username, String password) {
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    @Test
    void signingInGivesTheBrowserANewSessionId() {
        try (BrowserContext context = reader("en-GB")) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            assertThat(page.locator("input[name=username]")).isVisible();
            String before = sessionId(context);

            signIn(page, ADMIN_PASSWORD, "Sign in");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();

            assertThat(before).isNotNull();
            assertThat(sessionId(context)).isNotNull().isNotEqualTo(before);
        }
    }

    @Test
    void signingOutEndsTheSignInThatAnotherInstanceCouldCarryOn() throws Exception {
        try (BrowserContext context = reader("en-GB")) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            signIn(page, ADMIN_PASSWORD, "Sign in");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();
            Cookie carried = context.cookies().stream().filter(cookie -> cookie.name.equals(CarriedSignInCookie.NAME)).findFirst().orElseThrow();
            assertThat(carried.httpOnly).as("scripts cannot read it").isTrue();
            assertThat(carried.expires).as("it lives as long as the browser stays open").isLessThanOrEqualTo(0);
            assertThat(workspaceWith(carried.value)).as("without the session, the token alone opens the workspace").isEqualTo(200);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
            // Signing out lands on the public guide; waiting for it also lets the page finish
            // navigating before its profile is closed (a profile closed mid-navigation once hung Chromium).
            assertThat(page).hasURL(Pattern.compile("/guide/en/$"));
            // The browser's copy is taken back with the answer to signing out.
            // Playwright is not thread-safe: the condition is polled on the test's own thread.
            org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofSeconds(30)).pollInterval(java.time.Duration.ofMillis(200))
                    .until(() -> context.cookies().stream().noneMatch(cookie -> cookie.name.equals(CarriedSignInCookie.NAME) && !cookie.value.isEmpty()));
            assertThat(workspaceWith(carried.value)).as("after signing out, nobody carries the sign-in on").isEqualTo(302);
        }
    }

    private int workspaceWith(String token) throws Exception {
        try (var http = java.net.http.HttpClient.newHttpClient()) {
            return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/workspace")))
                    .header("Cookie", CarriedSignInCookie.NAME + "=" + token).GET().build(), java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    @Test
    void aDisabledPersonsOpenSessionStopsAtTheNextRequest() {
        Actor system = Actor.system("test");
        String link = accounts.invite(system, "kadiatou", "Kadiatou Bah", AccountAccess.of(Role.COORDINATOR)).token();
        accounts.choosePassword(link, "the market opens at dawn");
        try (BrowserContext context = reader("en-GB")) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            signInAs(page, "kadiatou", "the market opens at dawn");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();

            accounts.disable(system, "kadiatou");
            // The account's state is cached for up to two seconds per instance: the next requests after that end the session.
            // Playwright is not thread-safe: the condition is polled on the test's own thread, and a
            // navigation that hangs fails with Playwright's own timeout instead of leaving the browser busy.
            org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofSeconds(60)).pollInterval(java.time.Duration.ofMillis(500))
                    .until(() -> {
                        page.navigate(url("/workspace/practices"));
                        return page.url().contains("/login");
                    });
            assertThat(page.locator("input[name=username]")).isVisible();
        }
    }

    @Test
    void aMissingPracticeInTheWorkspaceSaysItIsNotFound() {
        try (BrowserContext context = reader("en-GB")) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            signIn(page, ADMIN_PASSWORD, "Sign in");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();

            // The not-found view answers 404 to Vaadin's navigation; the first HTML response of a
            // full page load is still 200 (Vaadin bootstraps the page before it navigates).
            page.navigate(url("/workspace/practices/no-such-practice"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Page not found"))).isVisible();
        }
    }
}
