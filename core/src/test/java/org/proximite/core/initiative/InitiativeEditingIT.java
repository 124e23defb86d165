package org.proximite.core.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.proximite.chapter.api.ContentStatus;
import org.proximite.chapter.api.InitiativeEntry.InitiativeText;
import org.proximite.core.editing.FieldProblem;
import org.proximite.core.editing.InvalidEditException;
import org.proximite.core.editing.StaleEditException;
import org.proximite.core.testing.CoreServices;
import org.proximite.core.testing.TestChapterJars;
import org.proximite.core.testing.TestDatabase;

class InitiativeEditingIT {

    @TempDir
    Path plugins;

    private CoreServices withGuinea(TestDatabase database) throws IOException {
        CoreServices core = CoreServices.on(database);
        core.install(TestChapterJars.guinea(), plugins);
        return core;
    }

    private static InitiativeDraft training(String slug, LocalDate start, LocalDate end, Map<String, Integer> groups) {
        return new InitiativeDraft(null, slug, 0, null, "fr", "training", "GN", "Kindia", start, end, null, 25, groups,
                List.of("community-policing-training-curriculum"), ContentStatus.PUBLISHED,
                Map.of("fr", new InitiativeText("Formation de policiers référents", "Deux jours de formation.", null, "- 25 policiers formés"),
                        "en", new InitiativeText("Training of community liaison officers", "Two days of training.", null, null)));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void createsAnInitiativeLinkedToAPracticeWithParticipantsByGroup(TestDatabase database) throws IOException {
        CoreServices core = withGuinea(database);

        core.initiativeEditing().save(training("formation-kindia", LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 5),
                Map.of("police", 20, "women-leaders", 5)), "coordinator");

        var page = core.initiatives().find("formation-kindia", "en", false).orElseThrow();
        assertThat(page.text().title()).isEqualTo("Training of community liaison officers");
        assertThat(page.participants()).extracting("label", "count")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Police", 20), org.assertj.core.groups.Tuple.tuple("Women leaders", 5));
        assertThat(page.practices()).extracting("slug").containsExactly("community-policing-training-curriculum");
        var practice = core.practices().find("community-policing-training-curriculum", "fr", false).orElseThrow();
        assertThat(practice.appliedIn()).extracting("slug").contains("formation-kindia");
        assertThat(core.initiatives().list("fr", null, false)).extracting(InitiativeCard::slug).contains("formation-kindia", "share-fair");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void refusesDatesInTheWrongOrderAndUnknownGroups(TestDatabase database) throws IOException {
        CoreServices core = withGuinea(database);

        assertThatThrownBy(() -> core.initiativeEditing().save(training("formation-kindia", LocalDate.of(2019, 3, 5),
                        LocalDate.of(2019, 3, 4), Map.of("aliens", 3)), "coordinator"))
                .isInstanceOfSatisfying(InvalidEditException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::messageKey)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("endDate", "validation.endBeforeStart"),
                                org.assertj.core.groups.Tuple.tuple("participants.aliens", "validation.unknownGroup")));
        assertThat(core.initiatives().find("formation-kindia", "fr", true)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void refusesAStaleCopy(TestDatabase database) throws IOException {
        CoreServices core = withGuinea(database);
        InitiativeDraft first = core.initiativeEditing().load("share-fair");
        InitiativeDraft second = core.initiativeEditing().load("share-fair");
        core.initiativeEditing().save(first, "aissatou");

        assertThatThrownBy(() -> core.initiativeEditing().save(second, "mamadou")).isInstanceOf(StaleEditException.class);
    }
}
