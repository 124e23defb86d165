package org.proximite.web.editing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.proximite.core.account.AccountAccess;
import org.proximite.core.account.Accounts;
import org.proximite.core.actor.Actor;
import org.proximite.core.actor.Role;
import org.proximite.web.testing.InBrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A coordinator and a French translator open the same practice in two browsers: each sees the
 * other's name appear in the editor without a reload, in their own language, the name shown as
 * text even when it looks like markup; the same person in a second tab is told it is them; and
 * whoever leaves disappears from the other's editor. The heartbeat is a second here (15 s in
 * production), so that each change shows within a second or two.
 */
@TestPropertySource(properties = "proximite.editing.presence-heartbeat=PT1S")
class TwoPeopleSeeEachOtherInTheEditorInBrowserIT extends InBrowserTest {

    private static final String SLUG = "youth-leaders-engagement";
    private static final String PASSWORD = "the river rises in september";
    private static final String TRANSLATOR_NAME = "Ibrahima <img src=x onerror=alert(1)> Diallo";

    @Autowired
    Accounts accounts;

    /** What the Content-Security-Policy blocked, as the pages report it. */
    private final List<String> violations = new CopyOnWriteArrayList<>();
    /** The addresses of the WebSockets the pages opened. */
    private final List<String> sockets = new CopyOnWriteArrayList<>();

    private void account(String name, String displayName, AccountAccess access) {
        accounts.choosePassword(accounts.invite(Actor.system("test"), name, displayName, access).token(), PASSWORD);
    }

    /** Signs in on a new page of the context and opens the practice's editor. */
    private Page editing(BrowserContext context, String name) {
        Page page = watched(context);
        page.navigate(url("/login"));
        page.locator("input[name=username]").fill(name);
        page.locator("input[name=password]").fill(PASSWORD);
        page.locator("input[name=password]").press("Enter");
        page.waitForURL(address -> !address.contains("/login"));
        return openEditor(page);
    }

    private Page watched(BrowserContext context) {
        Page page = context.newPage();
        page.onWebSocket(socket -> sockets.add(socket.url()));
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                violations.add(message.text());
            }
        });
        return page;
    }

    private Page openEditor(Page page) {
        page.navigate(url("/edit/practices/" + SLUG));
        assertThat(page.locator("vaadin-button.save-button")).isVisible();
        return page;
    }

    private static Locator notice(Page page) {
        return page.locator(".presence-notice");
    }

    @Test
    void eachSeesTheOtherArriveAndLeaveWithoutAReload() {
        account("marie", "Marie Camara", AccountAccess.of(Role.COORDINATOR));
        account("ibrahima", TRANSLATOR_NAME, new AccountAccess(Set.of(Role.TRANSLATOR), Set.of(), Set.of("fr")));

        try (BrowserContext marieBrowser = reader("en-GB"); BrowserContext ibrahimaBrowser = reader("fr-FR")) {
            Page marie = editing(marieBrowser, "marie");
            Locator title = marie.locator("div.language-column[lang=en] vaadin-text-field.field-title input");
            title.fill("Typed by Marie, not saved");
            assertThat(notice(marie)).isHidden();

            Page ibrahima = editing(ibrahimaBrowser, "ibrahima");

            assertThat(notice(ibrahima)).hasText(Pattern.compile(
                    "Marie Camara \\(coordinateur\\) modifie aussi cette pratique — en français et anglais — depuis \\d{1,2}:\\d{2}\\."));
            // The pattern runs in the browser (JavaScript), which knows no \Q…\E: the name is escaped by hand.
            assertThat(notice(marie)).hasText(Pattern.compile("Ibrahima <img src=x onerror=alert\\(1\\)> Diallo"
                    + " \\(translator\\) is also editing this practice — in French — since \\d{1,2}:\\d{2}.*\\."));
            assertThat(notice(marie).locator("img")).hasCount(0);
            assertThat(title).hasValue("Typed by Marie, not saved");
            marie.waitForCondition(() -> sockets.stream().anyMatch(address -> address.contains("/VAADIN/push")));

            Page marieAgain = openEditor(watched(marieBrowser));
            assertThat(notice(marie).locator(".presence-you")).hasText(Pattern.compile(
                    "You also have this practice open in another tab or browser — since .*"));
            assertThat(notice(marieAgain)).containsText(TRANSLATOR_NAME);
            marieAgain.close();
            assertThat(notice(marie).locator(".presence-you")).hasCount(0);

            ibrahima.locator("vaadin-button.cancel-button").click();
            ibrahima.waitForURL(address -> address.contains("/workspace/practices/" + SLUG));

            assertThat(notice(marie)).isHidden();
            assertThat(title).hasValue("Typed by Marie, not saved");
        }
        org.assertj.core.api.Assertions.assertThat(violations).as("what the Content-Security-Policy blocked").isEmpty();
    }
}
