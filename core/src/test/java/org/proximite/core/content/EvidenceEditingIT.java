package org.proximite.core.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.proximite.chapter.api.EvidenceLevel;
import org.proximite.chapter.api.OutcomeDirection;
import org.proximite.core.actor.Actor;
import org.proximite.core.actor.Role;
import org.proximite.core.editing.FieldProblem;
import org.proximite.core.editing.InvalidEditException;
import org.proximite.core.practice.PracticeDraft;
import org.proximite.core.practice.PracticeOutcome;
import org.proximite.core.testing.CoreServices;
import org.proximite.core.testing.TestChapterJars;
import org.proximite.core.testing.TestDatabase;

/**
 * An editor's sources and outcomes, on both databases: saved with the item and read back as
 * readers see them; bad input refused on its field, nothing written.
 */
class EvidenceEditingIT {

    private static final Actor AISSATOU = Actor.user("aissatou", Set.of(Role.COORDINATOR));
    private static final Source SURVEY = new Source("Kaloum residents' survey", "A municipal team", "2020-02", "https://example.org/survey",
            LocalDate.of(2026, 11, 30), "fr", "Two rounds, before and after the council's first plan.");

    @TempDir
    Path plugins;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anEditorAddsASourceAndRatesAnOutcomeOnIt(TestDatabase database) {
        CoreServices core = CoreServices.on(database);
        core.install(TestChapterJars.guinea(), plugins);
        PracticeDraft draft = core.practiceEditing().load("local-security-plan");
        assertThat(draft.item().sources()).hasSize(2);
        List<Source> sources = new ArrayList<>(draft.item().sources());
        sources.add(SURVEY);
        List<PracticeOutcome> outcomes = new ArrayList<>(draft.outcomes());
        outcomes.set(1, new PracticeOutcome("perceived-safety", OutcomeDirection.POSITIVE, EvidenceLevel.MONITORED, List.of(3)));

        core.practiceEditing().save(draft.withItem(draft.item().withSources(sources)).withOutcomes(outcomes)
                .withEvidenceLevel(EvidenceLevel.MONITORED), AISSATOU);

        var page = core.practices().find("local-security-plan", "en", false).orElseThrow();
        assertThat(page.sources()).hasSize(3).last().isEqualTo(SURVEY);
        assertThat(page.outcomes().get(1)).isEqualTo(outcomes.get(1));
        assertThat(page.outcomes().getFirst().outcome()).isEqualTo("crime");
        assertThat(page.evidenceLevel()).isEqualTo(EvidenceLevel.MONITORED);
        assertThat(core.practiceEditing().load("local-security-plan").item().sources()).last().isEqualTo(SURVEY);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void badSourcesAndUnsupportedRatingsAreRefusedOnTheirFieldsAndNothingIsWritten(TestDatabase database) {
        CoreServices core = CoreServices.on(database);
        core.install(TestChapterJars.guinea(), plugins);
        PracticeDraft draft = core.practiceEditing().load("local-security-plan");
        List<Source> sources = new ArrayList<>(draft.item().sources());
        sources.add(new Source("", null, "2999", "example.org/survey", LocalDate.now().plusDays(3), null, null));
        List<PracticeOutcome> outcomes = List.of(
                new PracticeOutcome("crime", OutcomeDirection.POSITIVE, EvidenceLevel.EVALUATED, List.of()),
                new PracticeOutcome("crime", OutcomeDirection.NONE, EvidenceLevel.PRACTICE_BASED, List.of(9)));
        PracticeDraft bad = draft.withItem(draft.item().withSources(sources)).withOutcomes(outcomes);

        assertThatThrownBy(() -> core.practiceEditing().save(bad, AISSATOU))
                .isInstanceOfSatisfying(InvalidEditException.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        new FieldProblem("sources[2].title", "validation.required"),
                        new FieldProblem("sources[2].url", "validation.url"),
                        new FieldProblem("sources[2].date", "validation.future"),
                        new FieldProblem("sources[2].consulted", "validation.future"),
                        new FieldProblem("outcomes[0].sources", "validation.outcomeNeedsSource"),
                        new FieldProblem("outcomes[1].outcome", "validation.outcomeTwice"),
                        new FieldProblem("outcomes[1].sources", "validation.unknownSource", 9),
                        new FieldProblem("evidenceLevel", "validation.levelNotSummary", "evaluated")));
        assertThat(core.practices().find("local-security-plan", "en", false).orElseThrow().sources()).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void removingAnInitiativesSourcesKeepsItsFactsAndItsOtherFields(TestDatabase database) {
        CoreServices core = CoreServices.on(database);
        core.install(TestChapterJars.guinea(), plugins);
        var draft = core.initiativeEditing().load("share-fair-2017");
        assertThat(draft.item().sources()).singleElement().extracting(Source::author).isEqualTo("PartnersGlobal");

        core.initiativeEditing().save(draft.withItem(draft.item().withSources(List.of())), AISSATOU);

        var page = core.initiatives().find("share-fair-2017", "en", false).orElseThrow();
        assertThat(page.sources()).isEmpty();
        assertThat(page.facts().participantsTotal()).isEqualTo(700);
    }
}
