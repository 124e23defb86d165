package org.proximite.web.chapter;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proximite.core.chapter.ChapterQueries;
import org.proximite.core.chapter.installing.Answers;
import org.proximite.web.testing.Drafts;
import org.proximite.web.testing.InBrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The chapters page in Chromium: a jar the checks refuse shows refused in the upload widget (no
 * green tick), in the admin's language; and a language a chapter brings reaches an open workspace
 * page through server push, without a reload or a click.
 */
class ChapterAdministrationInBrowserIT extends InBrowserTest {

    @Autowired
    ChapterAdministration administration;

    @Autowired
    ChapterQueries chapters;

    @TempDir
    Path files;

    private void signInAsAdmin(Page page) {
        page.navigate(url("/login"));
        signIn(page, ADMIN_PASSWORD, "Sign in");
        assertThat(page.getByText("Sign out").first()).isVisible();
    }

    @Test
    void aRefusedJarShowsRefusedInTheUploadWidgetNotTicked() throws Exception {
        Path jar = Files.write(files.resolve("not-a-chapter.jar"), "not even a zip".getBytes());
        try (BrowserContext context = reader("en-GB")) {
            Page page = context.newPage();
            signInAsAdmin(page);
            page.navigate(url("/admin/chapters"));

            FileChooser chooser = page.waitForFileChooser(() -> page.getByText("Choose a file…").click());
            chooser.setFiles(jar);

            Locator file = page.locator("vaadin-upload.chapter-upload vaadin-upload-file");
            assertThat(file).hasAttribute("error", Pattern.compile(".*"));
            assertThat(file).not().hasAttribute("complete", Pattern.compile(".*"));
            assertThat(file.getByText("Refused: the reasons are below.").first()).isVisible();
            assertThat(page.locator(".install-result .rejection")).containsText("Refused; nothing was changed.");
        }
    }

    @Test
    void aLanguageAChapterBringsReachesAnOpenPageWithoutAReload() throws Exception {
        try (BrowserContext context = reader("en-GB")) {
            Page page = context.newPage();
            signInAsAdmin(page);
            page.navigate(url("/workspace/practices"));
            Locator portuguese = page.locator("vaadin-select.language-switch vaadin-select-item", new Page.LocatorOptions().setHasText("Português"));
            assertThat(page.locator("vaadin-select.language-switch vaadin-select-item", new Page.LocatorOptions().setHasText("Français")))
                    .hasCount(1);
            assertThat(portuguese).hasCount(0);

            // Another admin installs Guinea-Bissau, which brings Portuguese: this page does nothing meanwhile.
            if (chapters.list("en").stream().noneMatch(chapter -> chapter.id().equals("guinea-bissau"))) {
                byte[] example = getClass().getResourceAsStream("/shipped-chapters/guinea-bissau.jar").readAllBytes();
                administration.apply(administration.prepare("guinea-bissau.jar", example, Drafts.ADMIN).id(), Answers.none(), Drafts.ADMIN);
            }

            assertThat(portuguese).hasCount(1);
        }
    }
}
