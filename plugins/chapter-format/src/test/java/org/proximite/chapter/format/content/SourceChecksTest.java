package org.proximite.chapter.format.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.proximite.chapter.format.content.ContentChecks.messages;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proximite.chapter.api.ChapterContent;
import org.proximite.chapter.api.EvidenceLevel;
import org.proximite.chapter.api.OutcomeDirection;
import org.proximite.chapter.api.OutcomeEntry;
import org.proximite.chapter.format.ChapterProblem;
import org.proximite.chapter.format.TestChapter;

/** What an author reads when the evidence of a chapter cannot be checked by its readers. */
class SourceChecksTest {

    private static final String PRACTICE = "chapter/practices/local-security-council.yaml";
    private static final String INITIATIVE = "chapter/initiatives/share-fair.yaml";
    private static final String SOURCES = "chapter/sources.yaml";

    @TempDir
    Path dir;

    TestChapter chapter;

    @BeforeEach
    void writeAChapterWithSources() throws Exception {
        chapter = TestChapter.in(dir);
        chapter.write(SOURCES, """
                sources:
                  - key: fair-report
                    title: "Share Fair 2019"
                    author: PartnersGlobal
                    date: 2019-12
                    url: https://example.org/share-fair-2019
                    consulted: 2026-11-30
                    language: en
                    note: "The report of the fair."
                  - key: review
                    title: "A systematic review"
                    date: 2014
                    url: https://example.org/review
                """);
        chapter.write(PRACTICE, """
                themes: [dialogue-and-trust]
                sources: [fair-report]
                outcomes:
                  - {outcome: trust-in-police, direction: positive, level: evaluated, sources: [review]}
                  - {outcome: crime, direction: not-measured, level: practice-based}
                fr: {title: Conseil, summary: Un conseil.}
                """);
        chapter.write(INITIATIVE, """
                kind: event
                locality: Conakry
                startDate: 2019-12-04
                participants: {total: 400}
                sources: [fair-report]
                organisations: [partnersglobal]
                fr: {title: Foire, summary: Trois jours.}
                """);
    }

    @Test
    void sourcesAndOutcomesAreReadWithTheirFieldsAndTheLevelIsTheirSummary() throws Exception {
        assertThat(messages(chapter)).isEmpty();
        ChapterContent content = new ChapterContentReader().read(chapter.content());

        assertThat(content.sources()).hasSize(2);
        var report = content.sources().getFirst();
        assertThat(report.title()).isEqualTo("Share Fair 2019");
        assertThat(report.author()).isEqualTo("PartnersGlobal");
        assertThat(report.date()).isEqualTo("2019-12");
        assertThat(report.consulted()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(report.language()).isEqualTo("en");
        assertThat(content.sources().get(1).date()).isEqualTo("2014");
        var practice = content.practices().getFirst();
        assertThat(practice.sources()).containsExactly("fair-report");
        assertThat(practice.outcomes()).containsExactly(
                new OutcomeEntry("trust-in-police", OutcomeDirection.POSITIVE, EvidenceLevel.EVALUATED, List.of("review")),
                new OutcomeEntry("crime", OutcomeDirection.NOT_MEASURED, EvidenceLevel.PRACTICE_BASED, List.of()));
        assertThat(practice.evidenceLevel()).as("left out: the outcomes give it").isNull();
        assertThat(SourceChecks.summary(practice)).contains(EvidenceLevel.EVALUATED);
        assertThat(content.initiatives().getFirst().sources()).containsExactly("fair-report");
    }

    @Test
    void anOutcomeAbovePracticeBasedWithoutASourceIsRefused() {
        chapter.write(PRACTICE, """
                themes: [dialogue-and-trust]
                evidenceLevel: monitored
                outcomes:
                  - {outcome: reporting-of-crime, direction: positive, level: monitored}
                fr: {title: Conseil, summary: Un conseil.}
                """);

        assertThat(messages(chapter)).containsExactly(
                PRACTICE + " [outcomes[0].sources]: an outcome rated 'monitored' needs at least one source; cite one, or rate it practice-based");
    }

    @Test
    void aPracticeRatedAboveItsOutcomesIsRefused() {
        chapter.write(PRACTICE, """
                themes: [dialogue-and-trust]
                evidenceLevel: established
                outcomes:
                  - {outcome: trust-in-police, direction: mixed, level: evaluated, sources: [review]}
                fr: {title: Conseil, summary: Un conseil.}
                """);

        assertThat(messages(chapter)).containsExactly(PRACTICE + " [evidenceLevel]: the practice is rated 'established', but its outcomes give "
                + "'evaluated' (the highest of their levels); write 'evaluated' or leave the field out");
    }

    @Test
    void unknownOutcomesDirectionsAndSourcesAreRefusedWithTheirField() {
        chapter.write(PRACTICE, """
                themes: [dialogue-and-trust]
                sources: [fair-reprot]
                outcomes:
                  - {outcome: trust-in-polise, direction: none, level: practice-based}
                  - {outcome: crime, direction: none, level: practice-based, sources: [nowhere]}
                  - {outcome: crime, direction: none, level: practice-based}
                fr: {title: Conseil, summary: Un conseil.}
                """);

        assertThat(messages(chapter)).containsExactlyInAnyOrder(
                PRACTICE + " [sources]: refers to the source 'fair-reprot', which chapter/sources.yaml does not declare; did you mean 'fair-report'?",
                PRACTICE + " [outcomes[0].outcome]: unknown outcome 'trust-in-polise'; did you mean 'trust-in-police'?",
                PRACTICE + " [outcomes[1].sources]: refers to the source 'nowhere', which chapter/sources.yaml does not declare",
                PRACTICE + " [outcomes[2].outcome]: the outcome 'crime' is rated twice; rate each outcome once");
    }

    @Test
    void anUnknownDirectionIsRefusedWithTheDirectionsThereAre() {
        chapter.write(PRACTICE, """
                themes: [dialogue-and-trust]
                outcomes:
                  - {outcome: crime, direction: great, level: practice-based}
                fr: {title: Conseil, summary: Un conseil.}
                """);

        assertThat(messages(chapter)).containsExactly(
                PRACTICE + " [outcomes[0].direction]: unknown direction 'great' (positive, none, negative, mixed, not-measured)");
    }

    @Test
    void aSourceWithAMalformedAddressOrADateInTheFutureIsRefused() {
        chapter.write(SOURCES, """
                sources:
                  - key: fair-report
                    title: "Share Fair 2019"
                    date: 2999-01
                    url: example.org/share-fair
                    consulted: 2999-01-02
                  - key: review
                    title: "A review"
                    date: 2019-13
                    consulted: 2020-01-01
                  - key: report
                    title: "A report"
                    date: 2019-02-30
                  - key: review
                    title: "Twice"
                """);

        assertThat(messages(chapter)).containsExactlyInAnyOrder(
                SOURCES + " [sources[0].date]: '2999-01' is in the future",
                SOURCES + " [sources[0].url]: must be a web address starting with https:// or http://",
                SOURCES + " [sources[0].consulted]: '2999-01-02' is in the future",
                SOURCES + " [sources[1].date]: '2019-13' is not a date written YYYY, YYYY-MM or YYYY-MM-DD",
                SOURCES + " [sources[1].consulted]: a date consulted goes with a web address; give the url, or leave the date out",
                SOURCES + " [sources[2].date]: '2019-02-30' is not a date written YYYY, YYYY-MM or YYYY-MM-DD",
                SOURCES + " [sources[3].key]: 'review' is used twice");
    }

    @Test
    void aDayThatDoesNotExistIsRefusedRatherThanMovedToAnother() {
        chapter.write(INITIATIVE, """
                kind: event
                startDate: 2019-11-31
                sources: [fair-report]
                organisations: [partnersglobal]
                fr: {title: Foire, summary: Trois jours.}
                """);

        assertThat(messages(chapter)).containsExactly(INITIATIVE + " [startDate]: must be a date written YYYY-MM-DD");
    }

    @Test
    void aContextPageCitesOnlyDeclaredSources() {
        chapter.write("chapter/context/about.yaml", """
                sources: [review, rumour]
                fr: {title: "À propos"}
                """);

        assertThat(messages(chapter)).containsExactly(
                "chapter/context/about.yaml [sources]: refers to the source 'rumour', which chapter/sources.yaml does not declare");
    }

    @Test
    void anInitiativesDatesPlaceAndCountsWithoutASourceAreWarnedOfNotRefused() throws Exception {
        chapter.write(INITIATIVE, """
                kind: event
                locality: Conakry
                startDate: 2019-12-04
                endDate: 2019-12-06
                participants: {total: 400}
                organisations: [partnersglobal]
                fr: {title: Foire, summary: Trois jours.}
                """);
        assertThat(messages(chapter)).isEmpty();

        List<ChapterProblem> warnings = new ChapterContentValidator().warnings(new ChapterContentReader().read(chapter.content()));

        assertThat(warnings).extracting(ChapterProblem::field).containsExactly("startDate", "endDate", "locality", "participants");
        assertThat(warnings.getFirst().message(Locale.FRENCH))
                .isEqualTo(INITIATIVE + " [startDate] : indiqué sans source ; citez-en une dans sources, ou omettez le champ");
    }

    @Test
    void aDraftInitiativeOrOneWithASourceGetsNoWarning() throws Exception {
        assertThat(new ChapterContentValidator().warnings(new ChapterContentReader().read(chapter.content()))).isEmpty();

        chapter.write(INITIATIVE, """
                kind: event
                year: 2027
                status: draft
                organisations: [partnersglobal]
                fr: {title: Exemple, summary: Un exemple.}
                """);

        assertThat(new ChapterContentValidator().warnings(new ChapterContentReader().read(chapter.content()))).isEmpty();
    }
}
