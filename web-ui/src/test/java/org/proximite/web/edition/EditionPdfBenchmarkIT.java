package org.proximite.web.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.proximite.chapter.api.EvidenceLevel;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.content.ItemDraft;
import org.proximite.core.content.ItemText;
import org.proximite.core.content.PageRequest;
import org.proximite.core.content.TextState;
import org.proximite.core.edition.Edition;
import org.proximite.core.edition.EditionScope;
import org.proximite.core.edition.EditionSnapshot;
import org.proximite.core.edition.EditionState;
import org.proximite.core.edition.Editions;
import org.proximite.core.practice.PracticeDraft;
import org.proximite.core.practice.PracticeEditing;
import org.proximite.core.practice.PracticeFilter;
import org.proximite.core.practice.PracticePage;
import org.proximite.core.practice.PracticeQueries;
import org.proximite.web.testing.Drafts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Benchmark, not a test: skipped unless {@code -Dproximite.benchmark=true}. Times the PDF of an
 * edition of 200 generated practices (and Guinea's 10) in French and in English, and the whole
 * edition (both languages, PDF and offline copy) from the request to ready. Run: {@code bin/mvn -B
 * -pl web-ui -am verify -Dit.test=EditionPdfBenchmarkIT -Dtest=NONE
 * -Dsurefire.failIfNoSpecifiedTests=false -Dproximite.benchmark=true}.
 */
@SpringBootTest(properties = "proximite.admin.password=benchmark-only")
@DirtiesContext
class EditionPdfBenchmarkIT {

    static final int PRACTICES = 200;
    static final int RUNS = 3;

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void useTemporaryDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("proximite.data-dir", () -> dataDir.toString());
    }

    @Autowired
    PracticeEditing editing;

    @Autowired
    PracticeQueries practices;

    @Autowired
    PdfEdition pdf;

    @Autowired
    Editions editions;

    @Test
    void timesThePdfOfTwoHundredPracticesPerLanguage() {
        Assumptions.assumeTrue(Boolean.getBoolean("proximite.benchmark"), "benchmark: run with -Dproximite.benchmark=true");
        for (int i = 1; i <= PRACTICES; i++) {
            editing.save(generated(i), Drafts.COORDINATOR);
        }
        for (String language : List.of("fr", "en")) {
            EditionSnapshot snapshot = snapshot(language);
            assertThat(snapshot.practices()).hasSizeGreaterThanOrEqualTo(PRACTICES);
            pdf.render(snapshot);
            List<Long> times = new ArrayList<>();
            int size = 0;
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                size = pdf.render(snapshot).length;
                times.add((System.nanoTime() - start) / 1_000_000);
            }
            times.sort(null);
            System.out.printf("Edition PDF, %d practices, %s: median %d ms of %d runs (min %d, max %d), %d KB%n", snapshot.practices().size(),
                    language, times.get(RUNS / 2), RUNS, times.getFirst(), times.getLast(), size / 1024);
        }
        long start = System.nanoTime();
        Edition started = editions.create(EditionScope.wholeGuide(), List.of("fr", "en"), Drafts.COORDINATOR);
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> editions.find(started.key()).orElseThrow().state() != EditionState.BUILDING);
        Edition ready = editions.find(started.key()).orElseThrow();
        assertThat(ready.state()).isEqualTo(EditionState.READY);
        System.out.printf("Whole edition (fr and en, PDF and offline copy): %d ms from the request to ready; files: %s%n",
                (System.nanoTime() - start) / 1_000_000,
                ready.files().stream().map(file -> file.language() + "." + file.format().extension() + " " + file.size() / 1024 + " KB").toList());
    }

    /** What the edition service reads, read the same way: the readers' services, published texts only. */
    private EditionSnapshot snapshot(String language) {
        List<PracticePage> pages = new ArrayList<>();
        practices.list(PracticeFilter.published(language), new PageRequest(0, PageRequest.MAX_SIZE)).items()
                .forEach(card -> practices.find(card.slug(), language, false).ifPresent(pages::add));
        return new EditionSnapshot("bench", 1, language, null, Map.of(), OffsetDateTime.now(), pages, List.of(), List.of());
    }

    private static PracticeDraft generated(int i) {
        ItemDraft item = ItemDraft.blank("fr").with("pratique-generee-" + i, "fr", false, List.of())
                .withText("fr", ItemText.of(ItemKind.PRACTICE, Map.of(
                        "title", "Pratique générée numéro " + i + " : sécurité de quartier",
                        "summary", "Réunir la police, les élus et les habitants pour traiter ensemble un problème de sécurité du quartier " + i + ".",
                        "body", "Une pratique **éprouvée** à Conakry : les acteurs se réunissent chaque mois.\n\n- écouter les habitants\n- "
                                + "établir un diagnostic partagé\n- suivre les décisions",
                        "implementation", "1. Désigner un animateur.\n2. Inviter la police, la mairie, les chefs de quartier, les femmes "
                                + "et les jeunes.\n3. Tenir un registre des décisions et le relire à chaque réunion.",
                        "effect", "Les participants disent avoir davantage confiance dans la police ; aucune évaluation formelle.")))
                .withState("fr", TextState.PUBLISHED)
                .withText("en", ItemText.of(ItemKind.PRACTICE, Map.of(
                        "title", "Generated practice number " + i + ": neighbourhood safety",
                        "summary", "Bring police, elected officials and residents together to deal with a security problem of neighbourhood " + i + ".",
                        "body", "A **tested** practice in Conakry: the actors meet every month.\n\n- listen to residents\n- share a diagnosis\n"
                                + "- follow up decisions",
                        "implementation", "1. Appoint a facilitator.\n2. Invite police, town hall, neighbourhood chiefs, women and youth.\n"
                                + "3. Keep a record of decisions and read it again at each meeting.",
                        "effect", "Participants say they trust the police more; no formal evaluation.")))
                .withState("en", TextState.PUBLISHED);
        return new PracticeDraft(item, EvidenceLevel.PRACTICE_BASED);
    }
}
