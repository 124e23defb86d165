package org.proximite.core.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.proximite.db.jooq.Tables.EDITOR_PRESENCE;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.proximite.core.account.AccountAccess;
import org.proximite.core.account.Accounts;
import org.proximite.core.actor.Actor;
import org.proximite.core.actor.NotAllowedException;
import org.proximite.core.actor.Role;
import org.proximite.core.editing.EditorPresence.OtherEditor;
import org.proximite.core.outbox.Outbox;
import org.proximite.core.testing.MovableClock;
import org.proximite.core.testing.TestDatabase;

/**
 * Who else has an item open, as every instance sees it through the database: time is moved by
 * hand, heartbeat by heartbeat, instead of waited for.
 */
class EditorPresenceIT {

    private static final long PRACTICE = 41;
    private static final long OTHER_PRACTICE = 42;
    private static final Actor ADMIN = Actor.system("test");
    private static final Actor MARIE = Actor.user("marie", Set.of(Role.COORDINATOR));
    private static final Actor AWA = Actor.user("awa", Set.of(Role.TRANSLATOR), Set.of(), Set.of("fr"));
    private static final Actor BAKARY = Actor.user("bakary", Set.of(Role.REVIEWER));

    private record Setup(DSLContext dsl, MovableClock clock, EditorPresence presence, Accounts accounts) {}

    private static Setup setUp(TestDatabase database) {
        DSLContext dsl = database.freshDsl();
        MovableClock clock = new MovableClock();
        Accounts accounts = new Accounts(dsl, new Outbox(dsl, clock), clock, Duration.ofHours(72));
        accounts.invite(ADMIN, "marie", "Marie Camara", AccountAccess.of(Role.COORDINATOR));
        accounts.invite(ADMIN, "awa", "Awa <b>Diallo</b>", new AccountAccess(Set.of(Role.TRANSLATOR), Set.of(), Set.of("fr")));
        accounts.invite(ADMIN, "bakary", "Bakary Sow", AccountAccess.of(Role.REVIEWER, Role.ADMIN));
        clock.advance(Duration.ofSeconds(1));
        return new Setup(dsl, clock, new EditorPresence(dsl, clock, EditorPresence.DEFAULT_HEARTBEAT), accounts);
    }

    private static List<String> names(List<OtherEditor> editors) {
        return editors.stream().map(OtherEditor::displayName).toList();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void twoPeopleOnOnePracticeSeeEachOtherAndNobodyOnAnotherPracticeSeesThem(TestDatabase database) {
        Setup s = setUp(database);
        var opened = s.clock().now();
        assertThat(s.presence().open(MARIE, "marie-tab", PRACTICE, List.of("fr", "en"))).isEmpty();
        s.clock().advance(Duration.ofSeconds(5));

        List<OtherEditor> awaSees = s.presence().open(AWA, "awa-tab", PRACTICE, List.of("fr"));
        List<OtherEditor> bakarySees = s.presence().open(BAKARY, "bakary-tab", OTHER_PRACTICE, List.of("en"));
        s.clock().advance(Duration.ofSeconds(10));
        List<OtherEditor> marieSees = s.presence().beat(MARIE, "marie-tab", PRACTICE, List.of("fr", "en"));

        assertThat(awaSees).containsExactly(new OtherEditor("Marie Camara", Role.COORDINATOR, List.of("fr", "en"), opened, false));
        assertThat(marieSees).extracting(OtherEditor::displayName, OtherEditor::role, OtherEditor::languages)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Awa <b>Diallo</b>", Role.TRANSLATOR, List.of("fr")));
        assertThat(bakarySees).isEmpty();
        assertThat(s.presence().beat(BAKARY, "bakary-tab", OTHER_PRACTICE, List.of("en"))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anEditorThatStopsBeatingIsForgottenAfterThreeHeartbeatsAndItsRowGoesAtTheNextOpening(TestDatabase database) {
        Setup s = setUp(database);
        s.presence().open(MARIE, "marie-tab", PRACTICE, List.of("fr"));
        s.presence().open(AWA, "awa-tab", PRACTICE, List.of("fr"));

        // Marie's instance stops: Awa keeps beating every 15 s.
        for (int beat = 1; beat <= 3; beat++) {
            s.clock().advance(EditorPresence.DEFAULT_HEARTBEAT);
            assertThat(names(s.presence().beat(AWA, "awa-tab", PRACTICE, List.of("fr")))).as("after %d missed beats", beat)
                    .containsExactly("Marie Camara");
        }
        s.clock().advance(Duration.ofSeconds(1));
        assertThat(s.presence().beat(AWA, "awa-tab", PRACTICE, List.of("fr"))).isEmpty();
        assertThat(s.presence().forgottenAfter()).isEqualTo(Duration.ofSeconds(45));

        assertThat(s.dsl().fetchCount(EDITOR_PRESENCE)).as("forgotten, not yet deleted").isEqualTo(2);
        s.presence().open(BAKARY, "bakary-tab", OTHER_PRACTICE, List.of("en"));
        assertThat(s.dsl().fetchCount(EDITOR_PRESENCE)).as("deleted by the next opening of any editor").isEqualTo(2);
        assertThat(s.dsl().fetchCount(EDITOR_PRESENCE, EDITOR_PRESENCE.USERNAME.eq("marie"))).isZero();

        // Marie's editor comes back (its instance was only paused): it registers again, since now.
        var back = s.clock().now();
        s.presence().beat(MARIE, "marie-tab", PRACTICE, List.of("fr"));
        assertThat(s.presence().beat(AWA, "awa-tab", PRACTICE, List.of("fr")))
                .containsExactly(new OtherEditor("Marie Camara", Role.COORDINATOR, List.of("fr"), back, false));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void closingTheEditorTakesItsPersonAwayAtOnceAndKeepsWhenTheOthersOpened(TestDatabase database) {
        Setup s = setUp(database);
        var opened = s.clock().now();
        s.presence().open(MARIE, "marie-tab", PRACTICE, List.of("fr"));
        s.presence().open(AWA, "awa-tab", PRACTICE, List.of("fr"));
        s.clock().advance(Duration.ofSeconds(15));
        s.presence().beat(MARIE, "marie-tab", PRACTICE, List.of("fr", "en"));

        s.presence().close(AWA, "awa-tab");
        s.presence().close(AWA, "marie-tab");

        assertThat(s.presence().beat(MARIE, "marie-tab", PRACTICE, List.of("fr"))).isEmpty();
        assertThat(s.dsl().fetchCount(EDITOR_PRESENCE)).as("one closes only one's own editor").isEqualTo(1);
        assertThat(s.dsl().fetchValue(EDITOR_PRESENCE.OPENED_AT)).as("a heartbeat keeps the opening time").isEqualTo(opened);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theSamePersonInAnotherTabIsMarkedAsThemselvesAndShowsTheirFirstRole(TestDatabase database) {
        Setup s = setUp(database);
        Actor bakary = Actor.user("bakary", Set.of(Role.REVIEWER, Role.ADMIN));
        s.presence().open(bakary, "bakary-tab-1", PRACTICE, List.of("en"));

        List<OtherEditor> seen = s.presence().open(bakary, "bakary-tab-2", PRACTICE, List.of("en"));

        assertThat(seen).singleElement().satisfies(editor -> {
            assertThat(editor.sameAccount()).isTrue();
            assertThat(editor.role()).isEqualTo(Role.ADMIN);
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void nobodyLearnsWhoIsEditingWithoutTheRightToOpenTheEditorNorAfterLosingIt(TestDatabase database) {
        Setup s = setUp(database);
        s.presence().open(MARIE, "marie-tab", PRACTICE, List.of("fr"));
        s.presence().open(AWA, "awa-tab", PRACTICE, List.of("fr"));

        Actor reader = Actor.user("reader", Set.of());
        assertThatThrownBy(() -> s.presence().open(reader, "reader-tab", PRACTICE, List.of())).isInstanceOf(NotAllowedException.class);
        assertThat(s.presence().beat(Actor.user("intruder", Set.of(Role.TRANSLATOR)), "marie-tab", PRACTICE, List.of("en")))
                .as("another person's editor id names nothing for an account that is not its own").isEmpty();
        assertThat(s.dsl().fetchValue(EDITOR_PRESENCE.LANGUAGES, EDITOR_PRESENCE.EDITOR_SESSION.eq("marie-tab"))).isEqualTo("fr");

        s.clock().advance(Duration.ofSeconds(5));
        s.accounts().disable(ADMIN, "awa");
        assertThat(s.presence().beat(AWA, "awa-tab", PRACTICE, List.of("fr"))).as("a disabled account sees nobody").isEmpty();
        assertThat(s.presence().beat(MARIE, "marie-tab", PRACTICE, List.of("fr"))).as("nor is seen").isEmpty();

        s.accounts().changeAccess(ADMIN, "marie", AccountAccess.of(Role.REVIEWER));
        s.accounts().enable(ADMIN, "awa");
        assertThat(s.presence().beat(MARIE, "marie-tab", PRACTICE, List.of("fr")))
                .as("an editor opened before its person's access changed sees nobody").isEmpty();
        assertThat(s.presence().open(MARIE, "marie-new-tab", PRACTICE, List.of("fr")))
                .as("nor is anyone shown an editor whose session ended when its person's account changed").isEmpty();
        s.presence().open(AWA, "awa-new-tab", PRACTICE, List.of("fr"));
        assertThat(names(s.presence().beat(MARIE, "marie-new-tab", PRACTICE, List.of("fr")))).containsExactly("Awa <b>Diallo</b>");
    }
}
