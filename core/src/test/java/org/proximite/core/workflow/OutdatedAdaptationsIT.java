package org.proximite.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.proximite.db.jooq.Tables.ITEM_ADAPTATION_BASIS;
import static org.proximite.db.jooq.Tables.OUTBOX_EVENT;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.actor.Actor;
import org.proximite.core.actor.NotAllowedException;
import org.proximite.core.actor.Role;
import org.proximite.core.content.LanguageText;
import org.proximite.core.content.TextState;
import org.proximite.core.editing.StaleEditException;
import org.proximite.core.practice.PracticeDraft;
import org.proximite.core.testing.ContentFixtures;
import org.proximite.core.testing.CoreServices;
import org.proximite.core.testing.TestChapterJars;
import org.proximite.core.testing.TestDatabase;
import org.proximite.core.workflow.OutdatedAdaptations.Adaptation;

/**
 * Guinea-Bissau adapts Guinea's local security council in Portuguese (which Guinea does not
 * write: it stands on the French text, Guinea's default language), French and English. Only a
 * <em>published</em> change of the practice's fields makes an adaptation outdated: a save that
 * changes nothing and a draft not yet published leave it current.
 */
class OutdatedAdaptationsIT {

    private static final String CHAPTER = "guinea-bissau";
    private static final String SLUG = "local-security-council";
    private static final Actor COORDINATOR = Actor.user("coordinator", Set.of(Role.COORDINATOR));
    private static final Actor BISSAU_EDITOR = Actor.user("nuno", Set.of(Role.COUNTRY_EDITOR), Set.of(CHAPTER), Set.of());
    private static final Actor GUINEA_EDITOR = Actor.user("mariama", Set.of(Role.COUNTRY_EDITOR), Set.of("guinea"), Set.of());

    @TempDir
    Path plugins;

    @TempDir
    Path jars;

    private record Work(CoreServices core, OutdatedAdaptations adaptations, TextWorkflow workflow) {}

    private Work withBothChapters(TestDatabase database) {
        CoreServices core = CoreServices.on(database);
        core.install(TestChapterJars.guinea(), plugins);
        core.install(TestChapterJars.guineaBissau(), plugins);
        return new Work(core, new OutdatedAdaptations(core.dsl(), new Revisions(core.dsl(), core.writer()), core.outbox(), core.clock()),
                new TextWorkflow(core.dsl(), core.writer()));
    }

    private static Adaptation council(Work work, String language) {
        return work.adaptations().one(CHAPTER, SLUG, language, "en");
    }

    private static LanguageText french(Work work) {
        return work.core().practiceEditing().load(SLUG).item().texts().get("fr");
    }

    private static PracticeDraft withContext(PracticeDraft draft, String context, TextState state) {
        return draft.withItem(ContentFixtures.withField(ItemKind.PRACTICE, draft.item(), "fr", "context", context).withState("fr", state));
    }

    private static int outboxSize(Work work) {
        return work.core().dsl().fetchCount(OUTBOX_EVENT);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anAdaptationIsOutdatedOnlyOnceAChangedPracticeIsPublishedAndCurrentAgainOnceReviewed(TestDatabase database) {
        Work work = withBothChapters(database);
        int frenchPublished = french(work).publishedVersion();

        assertThat(work.adaptations().of(CHAPTER, "en")).as("freshly installed, every adaptation stands on what readers see")
                .hasSizeGreaterThanOrEqualTo(5).noneMatch(Adaptation::outdated);
        assertThat(council(work, "pt")).satisfies(adaptation -> {
            assertThat(adaptation.basisLanguage()).as("Guinea writes no Portuguese: the French text, its default").isEqualTo("fr");
            assertThat(adaptation.basisVersion()).isEqualTo(frenchPublished);
            assertThat(adaptation.practiceChapterId()).isEqualTo("guinea");
            assertThat(adaptation.rationale()).isNotBlank();
            assertThat(adaptation.fields()).containsKeys("title", "context");
        });
        assertThat(council(work, "en").basisLanguage()).isEqualTo("en");

        // A save that changes nothing, then a changed draft not published yet: readers see the same text.
        work.core().practiceEditing().save(work.core().practiceEditing().load(SLUG), COORDINATOR);
        work.core().practiceEditing().save(withContext(work.core().practiceEditing().load(SLUG), "Un nouveau contexte.", TextState.DRAFT),
                COORDINATOR);
        assertThat(french(work).version()).isGreaterThan(frenchPublished);
        assertThat(work.adaptations().outdated(CHAPTER, "en")).as("a draft is not what readers see").isEmpty();

        // Published: the French and Portuguese adaptations stand on an older text; the English one does not.
        LanguageText draft = french(work);
        LanguageText published = work.workflow().move(new TextWorkflow.TextAt(ItemKind.PRACTICE, SLUG, "fr", draft.version()), Transition.PUBLISH,
                null, COORDINATOR);
        assertThat(work.adaptations().outdated(CHAPTER, "en")).extracting(Adaptation::practiceSlug, Adaptation::language)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(SLUG, "fr"), org.assertj.core.groups.Tuple.tuple(SLUG, "pt"));
        Adaptation outdated = council(work, "pt");
        assertThat(outdated.changedFields()).containsExactly("context");
        assertThat(outdated.currentVersion()).isEqualTo(published.version());
        assertThat(work.adaptations().changes(outdated)).filteredOn(Revisions.FieldComparison::changed).singleElement().satisfies(field -> {
            assertThat(field.field()).isEqualTo("context");
            assertThat(field.after()).isEqualTo("Un nouveau contexte.");
            assertThat(field.before()).isNotBlank().isNotEqualTo(field.after());
        });

        // A country editor of another chapter may not confirm it: refused, nothing written.
        int events = outboxSize(work);
        assertThatThrownBy(() -> work.adaptations().markReviewed(CHAPTER, SLUG, "pt", published.version(), GUINEA_EDITOR))
                .isInstanceOfSatisfying(NotAllowedException.class, e -> {
                    assertThat(e.code()).isEqualTo("denied.chapter");
                    assertThat(e.arguments()).containsExactly(CHAPTER);
                });
        assertThat(outboxSize(work)).isEqualTo(events);
        assertThat(council(work, "pt").basisVersion()).isEqualTo(frenchPublished);
        assertThat(work.core().dsl().fetchCount(ITEM_ADAPTATION_BASIS, ITEM_ADAPTATION_BASIS.REVIEWED_BY.isNotNull())).isZero();

        // Against a version the editor did not see: refused too.
        assertThatThrownBy(() -> work.adaptations().markReviewed(CHAPTER, SLUG, "pt", frenchPublished, BISSAU_EDITOR))
                .isInstanceOf(StaleEditException.class);
        assertThat(outboxSize(work)).isEqualTo(events);

        // Guinea-Bissau's editor confirms the Portuguese adaptation still holds.
        Adaptation reviewed = work.adaptations().markReviewed(CHAPTER, SLUG, "pt", published.version(), BISSAU_EDITOR);
        assertThat(reviewed.outdated()).isFalse();
        assertThat(reviewed.basisVersion()).isEqualTo(published.version());
        assertThat(reviewed.reviewedBy()).isEqualTo("nuno");
        assertThat(reviewed.reviewedAt()).isNotNull();
        assertThat(council(work, "fr").outdated()).as("each language on its own").isTrue();
        var event = work.core().dsl().selectFrom(OUTBOX_EVENT).orderBy(OUTBOX_EVENT.POSITION.desc()).limit(1).fetchSingle();
        assertThat(List.of(event.getKind(), event.getActor(), event.getItemKind(), event.getItemKey(), event.getLanguageCode(), event.getChapterId()))
                .containsExactly("ADAPTATION_REVIEWED", "nuno", "PRACTICE", SLUG, "pt", CHAPTER);
        assertThat(event.getItemVersion()).isEqualTo(published.version());

        // Confirming again changes nothing and records nothing.
        int after = outboxSize(work);
        work.adaptations().markReviewed(CHAPTER, SLUG, "pt", published.version(), BISSAU_EDITOR);
        assertThat(outboxSize(work)).isEqualTo(after);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anUpgradeOfTheAdaptedChapterOutdatesItsAdaptationsAndAnUpgradeOfTheAdaptingOneStartsThemAfresh(TestDatabase database) throws IOException {
        Work work = withBothChapters(database);

        Path guinea = TestChapterJars.variant(TestChapterJars.guinea(), jars.resolve("guinea-1.1.0.jar"), Map.of("Plugin-Version", "1.1.0"),
                Map.of(), text -> text.replace("Works at the level of a municipality", "Works at the level of a town"));
        work.core().install(guinea, plugins);
        assertThat(work.adaptations().outdated(CHAPTER, "en")).as("Guinea's new English text of the council")
                .extracting(Adaptation::practiceSlug, Adaptation::language, Adaptation::changedFields)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SLUG, "en", List.of("context")));

        Path bissau = TestChapterJars.variant(TestChapterJars.guineaBissau(), jars.resolve("guinea-bissau-1.0.1.jar"),
                Map.of("Plugin-Version", "1.0.1"), Map.of());
        work.core().install(bissau, plugins);
        assertThat(work.adaptations().outdated(CHAPTER, "en")).as("the upgraded chapter stands on what readers see now").isEmpty();
        assertThat(council(work, "en").reviewedAt()).isNull();
    }
}
