package org.proximite.web.edition;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proximite.core.edition.Edition;
import org.proximite.core.edition.EditionFormat;
import org.proximite.core.edition.EditionScope;
import org.proximite.core.edition.EditionState;
import org.proximite.core.edition.Editions;
import org.proximite.web.testing.Drafts;
import org.proximite.web.testing.InBrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A reader with JavaScript off finds the editions from the guide's home and downloads the PDF; the
 * offline copy, unzipped, reads and searches from the files alone.
 */
class DownloadAnEditionInBrowserIT extends InBrowserTest {

    @Autowired
    Editions editions;

    @TempDir
    Path unzipped;

    private Edition readyEdition() {
        Edition started = editions.create(EditionScope.chapter("guinea"), List.of("fr"), Drafts.COORDINATOR);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> editions.find(started.key()).orElseThrow().state() != EditionState.BUILDING);
        return editions.find(started.key()).orElseThrow();
    }

    @Test
    void aReaderWithoutJavaScriptDownloadsThePdfFromTheGuide() throws Exception {
        Edition edition = readyEdition();
        try (BrowserContext phone = reader(new Browser.NewContextOptions().setLocale("fr-FR").setJavaScriptEnabled(false).setAcceptDownloads(true))) {
            Page page = phone.newPage();
            page.navigate(url("/guide/fr/"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Éditions à télécharger (PDF, copie hors ligne)")).click();
            assertThat(page.locator("h1")).hasText("Éditions");
            var link = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Télécharger PDF \\(\\d+ Ko\\)$")));
            assertThat(link).hasCount(1);

            Download download = page.waitForDownload(link::click);

            org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("proximite-" + edition.key() + "-fr.pdf");
            try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
                org.assertj.core.api.Assertions.assertThat(new PDFTextStripper().getText(pdf)).contains("Conseil local de sécurité");
            }
        }
    }

    @Test
    void theOfflineCopyReadsAndSearchesFromItsFiles() throws Exception {
        Edition edition = readyEdition();
        unzip(editions.download(edition.key(), "fr", EditionFormat.OFFLINE).orElseThrow().content());
        String search = unzipped.resolve("search.html").toUri().toString();
        try (BrowserContext withScript = reader("fr-FR")) {
            Page page = withScript.newPage();
            page.navigate(unzipped.resolve("index.html").toUri().toString());
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Conseil local de sécurité et de prévention de la délinquance")).click();
            assertThat(page.locator("h1")).hasText("Conseil local de sécurité et de prévention de la délinquance");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rechercher").setExact(true)).first().click();
            int all = page.locator("#results > li").count();
            page.locator("#q").fill("securite delinquance");
            assertThat(page.locator("#results > li").first()).containsText("Conseil local de sécurité");
            org.assertj.core.api.Assertions.assertThat(page.locator("#results > li").count()).isLessThan(all);
            page.locator("#q").fill("xylophone");
            assertThat(page.locator("#no-result")).isVisible();
        }
        try (BrowserContext withoutScript = reader(new Browser.NewContextOptions().setLocale("fr-FR").setJavaScriptEnabled(false))) {
            Page page = withoutScript.newPage();
            page.navigate(search);
            org.assertj.core.api.Assertions.assertThat(page.locator("#results > li").count()).as("every page listed without JavaScript")
                    .isGreaterThanOrEqualTo(10);
        }
    }

    private void unzip(byte[] zip) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = unzipped.resolve(entry.getName()).normalize();
                Files.createDirectories(target.getParent());
                Files.write(target, in.readAllBytes());
            }
        }
    }
}
