package org.proximite.web.practice;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.proximite.core.account.AccountAccess;
import org.proximite.core.account.Accounts;
import org.proximite.core.actor.Actor;
import org.proximite.core.actor.Role;
import org.proximite.core.practice.PracticeEditing;
import org.proximite.web.testing.InBrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two coordinators, each in their own browser, open the same practice: Aïssatou saves a new
 * French title and a new English summary; Mamadou, who opened it before, saves his own French
 * title. He sees both titles side by side, keeps his, and the practice has his title and her
 * summary. The save bar stays on screen at a phone's width.
 */
class ConflictingEditorsInBrowserIT extends InBrowserTest {

    private static final String SLUG = "local-security-council";
    private static final String PASSWORD = "two people, one practice";

    @Autowired
    Accounts accounts;

    @Autowired
    PracticeEditing editing;

    private void account(String name) {
        accounts.choosePassword(accounts.invite(Actor.system("test"), name, name, AccountAccess.of(Role.COORDINATOR)).token(), PASSWORD);
    }

    private Page editorOf(BrowserContext context, String name) {
        Page page = context.newPage();
        page.navigate(url("/login"));
        page.locator("input[name=username]").fill(name);
        page.locator("input[name=password]").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();
        page.navigate(url("/edit/practices/" + SLUG));
        assertThat(field(page, "fr", "vaadin-text-field.field-title")).isVisible();
        return page;
    }

    private static Locator field(Page page, String language, String selector) {
        return page.locator("div.language-column[lang=" + language + "] " + selector);
    }

    private static void type(Locator field, String text) {
        Locator input = field.locator("input, textarea").first();
        input.fill(text);
        input.press("Tab");
    }

    @Test
    void theSecondToSaveSeesBothTitlesKeepsHisAndHerOtherChangeStays() {
        account("aissatou");
        account("mamadou");
        try (BrowserContext hers = reader("en-GB");
                BrowserContext his = reader(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(390, 844))) {
            Page aissatou = editorOf(hers, "aissatou");
            Page mamadou = editorOf(his, "mamadou");

            // At a phone's width, the save bar is on screen from the top of the form on.
            assertThat(mamadou.locator("vaadin-button.save-button")).isInViewport();

            type(field(aissatou, "fr", "vaadin-text-field.field-title"), "Conseil local, titre d’Aïssatou");
            type(field(aissatou, "en", "vaadin-text-area.field-summary"), "Aïssatou’s summary of the council.");
            aissatou.locator("vaadin-button.save-button").click();
            assertThat(aissatou.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("Saved."))).isVisible();

            type(field(mamadou, "fr", "vaadin-text-field.field-title"), "Conseil local, titre de Mamadou");
            mamadou.locator("vaadin-button.save-button").click();

            Locator conflict = mamadou.locator("div.conflict");
            assertThat(conflict).hasCount(1);
            assertThat(conflict.locator("h3")).hasText("Title · Français");
            assertThat(conflict.locator(".conflict-theirs")).containsText("Saved meanwhile by aissatou on");
            assertThat(conflict.locator(".conflict-theirs-text")).hasText("Conseil local, titre d’Aïssatou");
            assertThat(conflict.locator("vaadin-text-area.conflict-yours-text textarea")).hasValue("Conseil local, titre de Mamadou");
            mamadou.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save with these choices")).click();

            assertThat(mamadou.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("Saved."))).isVisible();
            assertThat(field(mamadou, "fr", "vaadin-text-field.field-title").locator("input")).hasValue("Conseil local, titre de Mamadou");
            assertThat(field(mamadou, "en", "vaadin-text-area.field-summary").locator("textarea")).hasValue("Aïssatou’s summary of the council.");

            var stored = editing.load(SLUG).item();
            org.assertj.core.api.Assertions.assertThat(stored.text("fr").title()).isEqualTo("Conseil local, titre de Mamadou");
            org.assertj.core.api.Assertions.assertThat(stored.text("en").summary()).isEqualTo("Aïssatou’s summary of the council.");
            org.assertj.core.api.Assertions.assertThat(stored.texts().get("fr").updatedBy()).isEqualTo("mamadou");

            // Scrolled down a long form, the save bar is still on screen.
            mamadou.locator(".editor-resources").scrollIntoViewIfNeeded();
            assertThat(mamadou.locator(".editor-resources")).isInViewport();
            assertThat(mamadou.locator("vaadin-button.save-button")).isInViewport();
        }
    }
}
