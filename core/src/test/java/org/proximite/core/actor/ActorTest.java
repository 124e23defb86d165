package org.proximite.core.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ActorTest {

    private static final Actor ADMIN = Actor.user("admin", Set.of(Role.ADMIN));
    private static final Actor COORDINATOR = Actor.user("coordinator", Set.of(Role.COORDINATOR));
    private static final Actor REVIEWER_ALL = Actor.user("reviewer", Set.of(Role.REVIEWER));
    private static final Actor REVIEWER_PT = Actor.user("reviewer-pt", Set.of(Role.REVIEWER), Set.of(), Set.of("pt"));
    private static final Actor REVIEWER_BISSAU = Actor.user("reviewer-bissau", Set.of(Role.REVIEWER), Set.of("guinea-bissau"), Set.of());
    private static final Actor BISSAU_EDITOR = Actor.user("bissau-editor", Set.of(Role.COUNTRY_EDITOR), Set.of("guinea-bissau"), Set.of());
    private static final Actor UNSCOPED_COUNTRY_EDITOR = Actor.user("nobody's-editor", Set.of(Role.COUNTRY_EDITOR));
    private static final Actor TRANSLATOR_EN = Actor.user("translator-en", Set.of(Role.TRANSLATOR), Set.of(), Set.of("en"));
    private static final Actor READER = Actor.user("reader", Set.of());
    private static final Actor SYSTEM = Actor.system("chapter");

    /** actor, chapter, language, mayEdit, mayEditText, mayReview */
    static Stream<Arguments> matrix() {
        return Stream.of(
                Arguments.of(ADMIN, "guinea", "fr", true, true, true),
                Arguments.of(ADMIN, null, "en", true, true, true),
                Arguments.of(COORDINATOR, "guinea-bissau", "pt", true, true, true),
                Arguments.of(COORDINATOR, null, "fr", true, true, true),
                Arguments.of(REVIEWER_ALL, "guinea", "fr", false, false, true),
                Arguments.of(REVIEWER_PT, "guinea-bissau", "pt", false, false, true),
                Arguments.of(REVIEWER_PT, "guinea-bissau", "fr", false, false, false),
                Arguments.of(REVIEWER_BISSAU, "guinea-bissau", "fr", false, false, true),
                Arguments.of(REVIEWER_BISSAU, "guinea", "fr", false, false, false),
                Arguments.of(BISSAU_EDITOR, "guinea-bissau", "pt", true, true, false),
                Arguments.of(BISSAU_EDITOR, "guinea-bissau", "fr", true, true, false),
                Arguments.of(BISSAU_EDITOR, "guinea", "fr", false, false, false),
                Arguments.of(BISSAU_EDITOR, null, "fr", false, false, false),
                Arguments.of(UNSCOPED_COUNTRY_EDITOR, "guinea", "fr", false, false, false),
                Arguments.of(TRANSLATOR_EN, "guinea", "en", false, true, false),
                Arguments.of(TRANSLATOR_EN, null, "en", false, true, false),
                Arguments.of(TRANSLATOR_EN, "guinea", "fr", false, false, false),
                Arguments.of(READER, "guinea", "fr", false, false, false),
                Arguments.of(SYSTEM, "guinea", "fr", true, true, true));
    }

    @ParameterizedTest(name = "{0} on {1}/{2}: edit {3}, text {4}, review {5}")
    @MethodSource("matrix")
    void allowsWhatEachRoleMayDoAndNothingElse(Actor actor, String chapter, String language, boolean edit, boolean text, boolean review) {
        assertThat(actor.mayEdit(chapter)).as("mayEdit").isEqualTo(edit);
        assertThat(actor.mayEditText(chapter, language)).as("mayEditText").isEqualTo(text);
        assertThat(actor.mayReview(chapter, language)).as("mayReview").isEqualTo(review);
        assertTwin(edit, () -> actor.requireEditing(chapter));
        assertTwin(text, () -> actor.requireEditingText(chapter, language));
        assertTwin(review, () -> actor.requireReview(chapter, language));
    }

    private static void assertTwin(boolean allowed, Runnable check) {
        if (allowed) {
            check.run();
        } else {
            assertThatThrownBy(check::run).isInstanceOf(NotAllowedException.class);
        }
    }

    @Test
    void onlyAdminsManageChaptersAndUsers() {
        for (Actor actor : new Actor[] {COORDINATOR, REVIEWER_ALL, BISSAU_EDITOR, TRANSLATOR_EN, READER}) {
            assertThat(actor.mayManageChapters()).as(actor.name()).isFalse();
            assertThat(actor.mayManageUsers()).as(actor.name()).isFalse();
            assertThatThrownBy(actor::requireManagingUsers).isInstanceOfSatisfying(NotAllowedException.class, e -> {
                assertThat(e.code()).isEqualTo("denied.role");
                assertThat(e.arguments()).containsExactly("ADMIN");
            });
            assertThatThrownBy(actor::requireManagingChapters).isInstanceOf(NotAllowedException.class);
        }
        assertThat(ADMIN.mayManageChapters()).isTrue();
        assertThat(ADMIN.mayManageUsers()).isTrue();
        assertThat(SYSTEM.mayManageUsers()).isTrue();
    }

    @Test
    void everyRoleSeesDraftsAndAReaderDoesNot() {
        for (Actor actor : new Actor[] {ADMIN, COORDINATOR, REVIEWER_ALL, BISSAU_EDITOR, TRANSLATOR_EN, SYSTEM}) {
            assertThat(actor.maySeeDrafts()).as(actor.name()).isTrue();
        }
        assertThat(READER.maySeeDrafts()).isFalse();
    }

    @Test
    void refusalsNameWhatIsMissing() {
        assertThatThrownBy(() -> BISSAU_EDITOR.requireEditing("guinea")).isInstanceOfSatisfying(NotAllowedException.class, e -> {
            assertThat(e.code()).isEqualTo("denied.chapter");
            assertThat(e.arguments()).containsExactly("guinea");
        });
        assertThatThrownBy(() -> TRANSLATOR_EN.requireEditingText("guinea", "fr")).isInstanceOfSatisfying(NotAllowedException.class, e -> {
            assertThat(e.code()).isEqualTo("denied.language");
            assertThat(e.arguments()).containsExactly("fr");
        });
        assertThatThrownBy(() -> TRANSLATOR_EN.requireEditing("guinea")).isInstanceOfSatisfying(NotAllowedException.class,
                e -> assertThat(e.code()).isEqualTo("denied.role"));
        assertThatThrownBy(() -> REVIEWER_PT.requireReview("guinea", "fr")).isInstanceOfSatisfying(NotAllowedException.class, e -> {
            assertThat(e.code()).isEqualTo("denied.language");
            assertThat(e.arguments()).containsExactly("fr");
        });
        assertThatThrownBy(() -> REVIEWER_BISSAU.requireReview("guinea", "fr")).isInstanceOfSatisfying(NotAllowedException.class,
                e -> assertThat(e.code()).isEqualTo("denied.chapter"));
        assertThatThrownBy(() -> TRANSLATOR_EN.requireReview("guinea", "en")).isInstanceOfSatisfying(NotAllowedException.class, e -> {
            assertThat(e.code()).isEqualTo("denied.role");
            assertThat(e.arguments()).containsExactly("REVIEWER");
        });
        assertThatThrownBy(() -> READER.requireEditing(null)).isInstanceOfSatisfying(NotAllowedException.class,
                e -> assertThat(e.code()).isEqualTo("denied.role"));
    }

    @Test
    void theShortFactoriesHaveNoScope() {
        Actor actor = Actor.user("amina", Set.of(Role.COORDINATOR));
        assertThat(actor.chapterScopes()).isEmpty();
        assertThat(actor.languageScopes()).isEmpty();
        assertThat(actor.system()).isFalse();
        assertThat(Actor.system("chapter").has(Role.COORDINATOR)).isTrue();
    }
}
