package org.proximite.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.proximite.core.actor.Actor;
import org.proximite.core.actor.NotAllowedException;
import org.proximite.core.actor.Role;
import org.proximite.core.editing.FieldProblem;
import org.proximite.core.editing.InvalidEditException;
import org.proximite.core.outbox.ChangeKind;
import org.proximite.core.outbox.Outbox;
import org.proximite.core.outbox.OutboxEvent;
import org.proximite.core.testing.MovableClock;
import org.proximite.core.testing.TestDatabase;
import org.springframework.security.crypto.password.PasswordEncoder;

class AccountsIT {

    private static final String ADMIN_PASSWORD = "kindly-open-the-gate-7";
    private static final Actor ADMIN = Actor.user("admin", Set.of(Role.ADMIN));

    private record Setup(DSLContext dsl, Outbox outbox, MovableClock clock, Accounts accounts, FirstAdmin firstAdmin, AccountDirectory directory) {}

    private static Setup setUp(TestDatabase database) {
        DSLContext dsl = database.freshDsl();
        MovableClock clock = new MovableClock();
        Outbox outbox = new Outbox(dsl, clock);
        FirstAdmin firstAdmin = new FirstAdmin(dsl, outbox, clock);
        firstAdmin.createFromPassword(ADMIN_PASSWORD);
        return new Setup(dsl, outbox, clock, new Accounts(dsl, outbox, clock, Duration.ofHours(72)), firstAdmin, new AccountDirectory(dsl));
    }

    private static String codes(InvalidEditException e) {
        return String.join(",", e.problems().stream().map(FieldProblem::messageKey).toList());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anInvitedPersonChoosesTheirPasswordOnceWithTheirLink(TestDatabase database) {
        Setup s = setUp(database);
        AccountLink link = s.accounts().invite(ADMIN, "Fatou", "Fatou Camara",
                new AccountAccess(Set.of(Role.TRANSLATOR), Set.of(), Set.of("en")));

        assertThat(s.accounts().linkPurpose(link.token())).contains(new Accounts.LinkPurpose(false, "fatou"));
        assertThatThrownBy(() -> s.accounts().choosePassword(link.token(), "short-pass"))
                .isInstanceOfSatisfying(InvalidEditException.class, e -> assertThat(codes(e)).isEqualTo("account.problem.passwordTooShort"));
        assertThat(s.accounts().choosePassword(link.token(), "my own long passphrase")).isEqualTo("fatou");

        StoredCredentials fatou = s.directory().find("FATOU").orElseThrow();
        PasswordEncoder encoder = PasswordHashing.encoder();
        assertThat(fatou.passwordHash()).startsWith("{argon2}");
        assertThat(encoder.matches("my own long passphrase", fatou.passwordHash())).isTrue();
        assertThat(fatou.access().languageScopes()).containsExactly("en");
        assertThatThrownBy(() -> s.accounts().choosePassword(link.token(), "another long passphrase"))
                .isInstanceOfSatisfying(InvalidEditException.class, e -> assertThat(codes(e)).isEqualTo("account.problem.linkInvalid"));
        assertThat(s.accounts().list(ADMIN)).extracting(AccountSummary::username).containsExactly("admin", "fatou");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anExpiredInvitationNoLongerWorks(TestDatabase database) {
        Setup s = setUp(database);
        AccountLink link = s.accounts().invite(ADMIN, "moussa", "", AccountAccess.of(Role.COORDINATOR));
        s.clock().advance(Duration.ofHours(73));

        assertThat(s.accounts().linkPurpose(link.token())).isEmpty();
        assertThatThrownBy(() -> s.accounts().choosePassword(link.token(), "my own long passphrase"))
                .isInstanceOfSatisfying(InvalidEditException.class, e -> assertThat(codes(e)).isEqualTo("account.problem.linkInvalid"));
        AccountLink again = s.accounts().newPasswordLink(ADMIN, "moussa");
        assertThat(s.accounts().choosePassword(again.token(), "my own long passphrase")).isEqualTo("moussa");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void onlyAdminsManageAccounts(TestDatabase database) {
        Setup s = setUp(database);
        Actor coordinator = Actor.user("coordinator", Set.of(Role.COORDINATOR));

        assertThatThrownBy(() -> s.accounts().invite(coordinator, "mallory", "", AccountAccess.of(Role.ADMIN)))
                .isInstanceOfSatisfying(NotAllowedException.class, e -> assertThat(e.code()).isEqualTo("denied.role"));
        assertThatThrownBy(() -> s.accounts().disable(coordinator, "admin")).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> s.accounts().list(coordinator)).isInstanceOf(NotAllowedException.class);
        assertThat(s.directory().find("mallory")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void refusesWrongAccessAndChangesNothing(TestDatabase database) {
        Setup s = setUp(database);

        assertThatThrownBy(() -> s.accounts().invite(ADMIN, "x", "", new AccountAccess(Set.of(Role.COUNTRY_EDITOR), Set.of("atlantis"), Set.of("xx"))))
                .isInstanceOfSatisfying(InvalidEditException.class, e -> assertThat(codes(e)).isEqualTo(
                        "account.problem.usernameInvalid,account.problem.unknownChapter,account.problem.unknownLanguage"));
        assertThatThrownBy(() -> s.accounts().invite(ADMIN, "ibrahima", "", new AccountAccess(Set.of(Role.TRANSLATOR), Set.of(), Set.of())))
                .isInstanceOfSatisfying(InvalidEditException.class, e -> assertThat(codes(e)).isEqualTo("account.problem.languageRequired"));
        assertThatThrownBy(() -> s.accounts().invite(ADMIN, "Admin", "", AccountAccess.of(Role.ADMIN)))
                .isInstanceOfSatisfying(InvalidEditException.class, e -> assertThat(codes(e)).isEqualTo("account.problem.usernameTaken"));
        assertThat(s.accounts().list(ADMIN)).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void disablingEndsTheSessionsAndTheLastAdminStays(TestDatabase database) {
        Setup s = setUp(database);
        s.accounts().choosePassword(s.accounts().invite(ADMIN, "kadiatou", "", AccountAccess.of(Role.COORDINATOR)).token(),
                "my own long passphrase");
        var before = s.directory().find("kadiatou").orElseThrow().sessionsValidAfter();
        s.clock().advance(Duration.ofMinutes(5));

        s.accounts().disable(ADMIN, "kadiatou");

        StoredCredentials kadiatou = s.directory().find("kadiatou").orElseThrow();
        assertThat(kadiatou.enabled()).isFalse();
        assertThat(kadiatou.sessionsValidAfter()).isAfter(before);
        assertThatThrownBy(() -> s.accounts().disable(ADMIN, "admin"))
                .isInstanceOfSatisfying(InvalidEditException.class, e -> assertThat(codes(e)).isEqualTo("account.problem.lastAdmin"));
        assertThatThrownBy(() -> s.accounts().changeAccess(ADMIN, "admin", AccountAccess.of(Role.COORDINATOR)))
                .isInstanceOfSatisfying(InvalidEditException.class, e -> assertThat(codes(e)).isEqualTo("account.problem.lastAdmin"));
        assertThat(s.outbox().after(0, 100)).extracting(OutboxEvent::kind)
                .containsExactly(ChangeKind.USER_CREATED, ChangeKind.USER_CREATED, ChangeKind.USER_CHANGED, ChangeKind.USER_DISABLED);
        s.accounts().enable(ADMIN, "kadiatou");
        assertThat(s.directory().find("kadiatou").orElseThrow().enabled()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theFirstAdminIsSetUpOnceWithTheSetupLink(TestDatabase database) {
        DSLContext dsl = database.freshDsl();
        MovableClock clock = new MovableClock();
        FirstAdmin firstAdmin = new FirstAdmin(dsl, new Outbox(dsl, clock), clock);
        assertThat(firstAdmin.needed()).isTrue();
        AccountLink link = firstAdmin.setupLink(Duration.ofHours(24));

        assertThatThrownBy(() -> firstAdmin.complete(link.token(), "mariama", "Mariama Diallo", "password1234"))
                .isInstanceOfSatisfying(InvalidEditException.class, e -> assertThat(codes(e)).isEqualTo("account.problem.passwordCommon"));
        assertThat(firstAdmin.complete(link.token(), "Mariama", "Mariama Diallo", "the council meets at nine")).isEqualTo("mariama");

        assertThat(firstAdmin.needed()).isFalse();
        assertThat(new AccountDirectory(dsl).find("mariama").orElseThrow().access().roles()).containsExactly(Role.ADMIN);
        assertThatThrownBy(() -> firstAdmin.complete(link.token(), "intruder", "", "the council meets at ten"))
                .isInstanceOfSatisfying(InvalidEditException.class, e -> assertThat(codes(e)).isEqualTo("account.problem.linkInvalid"));
        AccountLink late = firstAdmin.setupLink(Duration.ofHours(24));
        assertThatThrownBy(() -> firstAdmin.complete(late.token(), "intruder", "", "the council meets at ten"))
                .isInstanceOf(InvalidEditException.class);
        assertThat(firstAdmin.createFromPassword("a different operator secret")).isFalse();
        assertThat(new AccountDirectory(dsl).find("intruder")).isEmpty();
    }
}
