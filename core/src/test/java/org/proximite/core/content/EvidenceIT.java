package org.proximite.core.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.proximite.core.testing.TestActors.ADMIN;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.proximite.chapter.api.EvidenceLevel;
import org.proximite.chapter.api.OutcomeDirection;
import org.proximite.core.chapter.ChapterFolders;
import org.proximite.core.chapter.installing.Answers;
import org.proximite.core.chapter.installing.ChapterLifecycle;
import org.proximite.core.practice.PracticeFilter;
import org.proximite.core.practice.PracticeOutcome;
import org.proximite.core.testing.CoreServices;
import org.proximite.core.testing.TestChapterJars;
import org.proximite.core.testing.TestDatabase;

/**
 * A chapter's sources and outcomes, from its files to what readers get, on both databases: each
 * item's numbered references, each outcome rated with the numbers it cites, the practice's level as
 * their summary, filters by outcome and level, and an upgrade that changes only a source.
 */
class EvidenceIT {

    @TempDir
    Path dataDir;

    @TempDir
    Path work;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theGuineaChaptersSourcesAndOutcomesReachItsPages(TestDatabase database) {
        CoreServices core = CoreServices.on(database);
        core.install(TestChapterJars.guinea(), dataDir);

        var council = core.practices().find("local-security-council", "en", false).orElseThrow();
        assertThat(council.sources()).extracting(Source::author)
                .containsExactly("Africa Label Group", "Guinee7", "Mediaguinee", "Solange Bandiaky-Badji (PartnersGlobal); "
                        + "Isabelle Gayrard Auzet and Elisabeth Auvray (TAIGA LLC)");
        Source installed = council.sources().get(1);
        assertThat(installed.date()).isEqualTo("2017-04-29");
        assertThat(installed.url()).startsWith("https://guinee7.com/");
        assertThat(installed.consulted()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(installed.language()).isEqualTo("fr");
        assertThat(council.outcomes()).extracting(PracticeOutcome::outcome)
                .containsExactly("crime", "perceived-safety", "trust-in-police", "police-community-cooperation");
        assertThat(council.outcomes()).allSatisfy(outcome -> {
            assertThat(outcome.direction()).isEqualTo(OutcomeDirection.NOT_MEASURED);
            assertThat(outcome.level()).isEqualTo(EvidenceLevel.PRACTICE_BASED);
        });
        assertThat(council.outcomes().getLast().sources()).as("the Kaloum article, reference 3").containsExactly(3);
        assertThat(council.evidenceLevel()).isEqualTo(EvidenceLevel.PRACTICE_BASED);

        var fair = core.initiatives().find("share-fair", "fr", false).orElseThrow();
        assertThat(fair.sources()).hasSize(7);
        assertThat(fair.sources().getFirst().date()).isEqualTo("2019-12-02");
        assertThat(core.chapters().pages("guinea", "fr")).singleElement()
                .satisfies(page -> assertThat(page.sources()).extracting(Source::title).contains(
                        "Community-oriented policing to reduce crime, disorder and fear and increase satisfaction and legitimacy among "
                                + "citizens: a systematic review"));

        assertThat(core.practices().list(new PracticeFilter("en", null, null, null, "trust-in-police", null, false)))
                .extracting("slug").contains("local-security-council", "police-community-dialogue-forum")
                .doesNotContain("local-security-plan");
        assertThat(core.practices().list(new PracticeFilter("en", null, null, EvidenceLevel.EVALUATED, "trust-in-police", null, false)))
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anUpgradeThatRatesAnOutcomeOnANewSourceShowsItAndItsLevel(TestDatabase database) throws Exception {
        CoreServices core = CoreServices.on(database);
        core.install(TestChapterJars.guinea(), dataDir);
        String sources = TestChapterJars.read(TestChapterJars.guinea(), "chapter/sources.yaml") + """
                  - key: kaloum-survey
                    title: "Kaloum residents' survey"
                    author: "A municipal team"
                    date: 2020-02
                    url: https://example.org/kaloum-survey
                    consulted: 2026-11-30
                    language: fr
                """;
        String practice = TestChapterJars.read(TestChapterJars.guinea(), "chapter/practices/local-security-council.yaml")
                .replace("{outcome: perceived-safety, direction: not-measured, level: practice-based}",
                        "{outcome: perceived-safety, direction: mixed, level: monitored, sources: [kaloum-survey]}")
                .replace("evidenceLevel: practice-based\n", "");
        Path upgrade = TestChapterJars.variant(TestChapterJars.guinea(), work.resolve("guinea-1.2.0.jar"), Map.of("Plugin-Version", "1.2.0"),
                Map.of("chapter/sources.yaml", sources, "chapter/practices/local-security-council.yaml", practice));

        ChapterLifecycle lifecycle = core.newLifecycle();
        ChapterFolders folders = ChapterFolders.in(dataDir);
        var plan = lifecycle.prepare(upgrade.getFileName().toString(), Files.readAllBytes(upgrade), folders, List.of(), ADMIN);
        assertThat(plan.warnings()).isEmpty();
        lifecycle.apply(plan.id(), Answers.none(), folders, ADMIN);

        var council = core.practices().find("local-security-council", "en", false).orElseThrow();
        assertThat(council.evidenceLevel()).as("the summary of its outcomes").isEqualTo(EvidenceLevel.MONITORED);
        assertThat(council.sources()).hasSize(5).last().extracting(Source::title).isEqualTo("Kaloum residents' survey");
        assertThat(council.outcomes()).filteredOn(outcome -> outcome.outcome().equals("perceived-safety")).singleElement()
                .satisfies(outcome -> {
                    assertThat(outcome.direction()).isEqualTo(OutcomeDirection.MIXED);
                    assertThat(outcome.sources()).containsExactly(5);
                });
        assertThat(core.practices().list(new PracticeFilter("en", null, null, EvidenceLevel.MONITORED, "perceived-safety", null, false)))
                .extracting("slug").containsExactly("local-security-council");
        assertThat(core.practices().list(new PracticeFilter("en", null, null, EvidenceLevel.MONITORED, null, false)))
                .extracting("slug").containsExactly("local-security-council");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theInstallPlanListsAnInitiativesFactsThatNoSourceSupports(TestDatabase database) throws Exception {
        CoreServices core = CoreServices.on(database);
        String fair = TestChapterJars.read(TestChapterJars.guinea(), "chapter/initiatives/share-fair.yaml").replaceAll("(?m)^sources: .*\\n", "");
        Path jar = TestChapterJars.variant(TestChapterJars.guinea(), work.resolve("guinea.jar"), Map.of(),
                Map.of("chapter/initiatives/share-fair.yaml", fair));

        var plan = core.newLifecycle().prepare("guinea.jar", Files.readAllBytes(jar), ChapterFolders.in(dataDir), List.of(), ADMIN);

        assertThat(plan.warnings()).extracting(reason -> reason.arguments().getFirst()).containsExactly(
                "chapter/initiatives/share-fair.yaml [startDate]", "chapter/initiatives/share-fair.yaml [endDate]",
                "chapter/initiatives/share-fair.yaml [locality]", "chapter/initiatives/share-fair.yaml [participants]");
    }
}
