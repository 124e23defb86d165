package org.proximite.core.account;

import java.time.Duration;

/**
 * How sign-in guessing is slowed down: once an account (or a client address) has
 * {@code accountFailures} (or {@code addressFailures}) failed sign-ins within {@code window},
 * each next attempt must wait {@code firstWait} after the last failure, doubled with every
 * further failure, up to {@code longestWait}.
 */
public record ThrottleSettings(int accountFailures, int addressFailures, Duration window, Duration firstWait, Duration longestWait) {

    public static ThrottleSettings defaults() {
        return new ThrottleSettings(5, 20, Duration.ofMinutes(15), Duration.ofSeconds(2), Duration.ofMinutes(15));
    }

    /** The wait after {@code failures} failures against a limit of {@code limit}; zero below it. */
    Duration waitAfter(int failures, int limit) {
        if (failures < limit) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - limit, 30);
        Duration wait = firstWait.multipliedBy(1L << doublings);
        return wait.compareTo(longestWait) > 0 ? longestWait : wait;
    }
}
