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
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.content.ItemDraft;
import org.proximite.core.content.ItemText;
import org.proximite.core.content.TextState;
import org.proximite.core.testing.ContentFixtures;
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
        ItemDraft item = ItemDraft.blank("fr").with(slug, "fr", false, List.of())
                .withText("fr", ItemText.of(ItemKind.INITIATIVE, Map.of("title", "Formation de policiers référents",
                        "summary", "Deux jours de formation.", "outcomes", "- 25 policiers formés")))
                .withText("en", ItemText.of(ItemKind.INITIATIVE, Map.of("title", "Training of community liaison officers",
                        "summary", "Two days of training.")))
                .withState("fr", TextState.PUBLISHED)
                .withState("en", TextState.PUBLISHED);
        return new InitiativeDraft(item, new InitiativeFacts("training", "GN", "Kindia", start, end, null, false, 25), groups,
                List.of("community-policing-training-curriculum"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void createsAnInitiativeLinkedToAPracticeWithParticipantsByGroup(TestDatabase database) throws IOException {
        CoreServices core = withGuinea(database);

        core.initiativeEditing().save(training("formation-kindia", LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 5),
                Map.of("police", 20, "women-leaders", 5)), ContentFixtures.COORDINATOR);

        var page = core.initiatives().find("formation-kindia", "en", false).orElseThrow();
        assertThat(page.shown().text().title()).isEqualTo("Training of community liaison officers");
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
                        LocalDate.of(2019, 3, 4), Map.of("aliens", 3)), ContentFixtures.COORDINATOR))
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
        core.initiativeEditing().save(withLocality(first, "Conakry (Kaloum)"), ContentFixtures.COORDINATOR);

        assertThatThrownBy(() -> core.initiativeEditing().save(withLocality(second, "Kaloum"), ContentFixtures.COORDINATOR))
                .isInstanceOf(StaleEditException.class);
        assertThat(core.initiatives().find("share-fair", "fr", false).orElseThrow().facts().locality()).isEqualTo("Conakry (Kaloum)");
    }

    private static InitiativeDraft withLocality(InitiativeDraft draft, String locality) {
        InitiativeFacts f = draft.facts();
        return draft.withOwn(new InitiativeFacts(f.kind(), f.countryCode(), locality, f.startDate(), f.endDate(), f.year(), f.planned(),
                f.participantsTotal()), draft.participantsByGroup(), draft.practiceSlugs());
    }
}
