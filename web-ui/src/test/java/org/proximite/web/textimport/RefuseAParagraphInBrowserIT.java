package org.proximite.web.textimport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.proximite.web.testing.InBrowserTest;

/**
 * An editor pastes the garbled, bilingual seed page in Chromium, refuses a French paragraph,
 * refuses an English one and takes it back, and accepts: the refused paragraph is marked in the
 * preview and left out of the draft, the one taken back goes in, and the history of each text
 * counts that language's paragraphs, in French for a French reader and in English for an English one.
 */
class RefuseAParagraphInBrowserIT extends InBrowserTest {

    private static final String SLUG = "foire-refus";

    private static String seed() {
        try (InputStream in = RefuseAParagraphInBrowserIT.class.getResourceAsStream("/import/seed-garbled.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Locator button(Locator within, String name) {
        return within.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Opens the history of the text in {@code language} and returns what its first revision says of how it was made. */
    private static Locator importNote(Page page, String language) {
        page.locator(".language-column[lang=" + language + "] vaadin-button.text-history").click();
        return page.locator("vaadin-grid.revisions vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^(Importé depuis le web|Imported from the web)")));
    }

    @Test
    void aRefusedParagraphIsMarkedLeftOutOfTheDraftAndCountedInItsLanguagesHistory() {
        try (BrowserContext context = reader("fr-FR")) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            signIn(page, ADMIN_PASSWORD, "Se connecter");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter"))).isVisible();

            page.navigate(url("/workspace/import"));
            page.locator("vaadin-text-field.import-slug input").fill(SLUG);
            page.locator("vaadin-text-area.import-paste textarea").fill(seed());
            // Vaadin sends a field's value when it loses focus.
            page.locator("vaadin-text-area.import-paste textarea").press("Tab");
            button(page.locator("body"), "Voir le texte réparé").click();
            Locator cards = page.locator(".import-paragraph");
            assertThat(cards).hasCount(12);

            Locator seventh = cards.nth(6);
            assertThat(seventh).containsText("Le projet « Partenaires pour la Sécurité en Guinée »");
            button(seventh, "Refuser le paragraphe 7 : le laisser hors du brouillon").click();
            assertThat(seventh.locator(".import-refused")).hasText("Refusé : ce paragraphe reste hors du brouillon");
            assertThat(seventh).hasClass(Pattern.compile("\\brefused\\b"));
            assertThat(button(seventh, "Le reprendre")).isVisible();

            Locator eleventh = cards.nth(10);
            button(eleventh, "Refuser le paragraphe 11 : le laisser hors du brouillon").click();
            assertThat(eleventh.locator(".import-refused")).isVisible();
            button(eleventh, "Le reprendre").click();
            assertThat(button(eleventh, "Refuser le paragraphe 11 : le laisser hors du brouillon")).isVisible();
            assertThat(eleventh.locator(".import-refused")).hasCount(0);
            assertThat(eleventh).not().hasClass(Pattern.compile("\\brefused\\b"));
            // The other paragraph stays refused.
            assertThat(seventh.locator(".import-refused")).isVisible();

            button(page.locator("body"), "Accepter et créer le brouillon").click();
            page.waitForURL(Pattern.compile("/edit/practices/" + SLUG + "$"));

            // The refused paragraph is left out of the French body, which goes on with the paragraphs after it.
            Locator frenchBody = page.locator(".language-column[lang=fr] .field-body textarea");
            assertThat(frenchBody).hasValue(Pattern.compile("la mise en œuvre du projet"));
            assertThat(frenchBody).not().hasValue(Pattern.compile("Partenaires pour la Sécurité en Guinée"));
            // The paragraph taken back goes into the English text.
            assertThat(page.locator(".language-column[lang=en] .field-body textarea")).hasValue(Pattern.compile("Today, levels of violence"));

            // Each text's history counts its own language's paragraphs, numbered as in the preview: in French
            // 1, 7 (refused), 8, 9 and 10 (no language found: it goes with 9); in English 2 to 6, 11 and 12.
            assertThat(importNote(page, "fr")).hasText("Importé depuis le web : 5 paragraphes, 2 réparés (1, 9), aucun modifié à la main, 1 refusé (7)");
            button(page.locator("body"), "Fermer").click();
            assertThat(importNote(page, "en"))
                    .hasText("Importé depuis le web : 7 paragraphes, 3 réparés (2, 3, 12), aucun modifié à la main, aucun refusé");
        }

        try (BrowserContext context = reader("en-GB")) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            signIn(page, ADMIN_PASSWORD, "Sign in");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();
            page.navigate(url("/edit/practices/" + SLUG));

            assertThat(importNote(page, "fr")).hasText("Imported from the web: 5 paragraphs, 2 repaired (1, 9), none edited by hand, 1 refused (7)");
            button(page.locator("body"), "Close").click();
            assertThat(importNote(page, "en")).hasText("Imported from the web: 7 paragraphs, 3 repaired (2, 3, 12), none edited by hand, none refused");
        }
    }
}
