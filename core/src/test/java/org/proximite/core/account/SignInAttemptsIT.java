package org.proximite.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.proximite.core.outbox.ChangeKind;
import org.proximite.core.outbox.Outbox;
import org.proximite.core.outbox.OutboxEvent;
import org.proximite.core.testing.MovableClock;
import org.proximite.core.testing.TestDatabase;

class SignInAttemptsIT {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void guessingIsSlowedDownWithAWaitThatDoublesAndThenForgotten(TestDatabase database) {
        DSLContext dsl = database.freshDsl();
        MovableClock clock = new MovableClock();
        Outbox outbox = new Outbox(dsl, clock);
        SignInAttempts attempts = new SignInAttempts(dsl, outbox, clock, ThrottleSettings.defaults());

        for (int i = 0; i < 4; i++) {
            attempts.failed("admin", "203.0.113.9");
        }
        assertThat(attempts.waitBefore("admin", "203.0.113.9")).isEmpty();
        attempts.failed("Admin", "203.0.113.9");
        assertThat(attempts.waitBefore("admin", "198.51.100.1")).contains(Duration.ofSeconds(2));
        clock.advance(Duration.ofSeconds(2));
        assertThat(attempts.waitBefore("admin", "198.51.100.1")).isEmpty();
        attempts.failed("admin", "198.51.100.1");
        assertThat(attempts.waitBefore("admin", "198.51.100.1")).contains(Duration.ofSeconds(4));
        assertThat(attempts.waitBefore("someone-else", "198.51.100.1")).isEmpty();

        clock.advance(Duration.ofSeconds(4));
        attempts.succeeded("admin");
        assertThat(attempts.waitBefore("admin", "198.51.100.1")).isEmpty();
        assertThat(outbox.after(0, 100)).extracting(OutboxEvent::kind).endsWith(ChangeKind.LOGIN_FAILED, ChangeKind.LOGIN_SUCCEEDED);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void oneAddressTryingManyNamesIsSlowedDownTooButTheWaitIsCapped(TestDatabase database) {
        DSLContext dsl = database.freshDsl();
        MovableClock clock = new MovableClock();
        SignInAttempts attempts = new SignInAttempts(dsl, new Outbox(dsl, clock), clock, ThrottleSettings.defaults());

        for (int i = 0; i < 20; i++) {
            attempts.failed("user" + i, "203.0.113.9");
        }
        assertThat(attempts.waitBefore("user-new", "203.0.113.9")).contains(Duration.ofSeconds(2));
        assertThat(attempts.waitBefore("user-new", "192.0.2.7")).isEmpty();
        assertThat(ThrottleSettings.defaults().waitAfter(40, 5)).isEqualTo(Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(16));
        assertThat(attempts.waitBefore("user-new", "203.0.113.9")).isEmpty();
    }
}
