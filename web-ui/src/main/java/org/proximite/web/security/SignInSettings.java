package org.proximite.web.security;

import java.time.Duration;
import org.proximite.core.account.ThrottleSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in and session settings, bound from {@code proximite.sign-in.*}.
 *
 * @param absoluteTimeout a session ends this long after its sign-in, however active it is
 * @param setupLinkLifetime how long the first admin's setup link works
 * @param accountFailures failed sign-ins of one name within {@code window} before each next attempt waits
 * @param addressFailures the same for one client address (higher: many people may share one)
 * @param firstWait the first wait, doubled with every further failure up to {@code longestWait}
 */
@ConfigurationProperties("proximite.sign-in")
public record SignInSettings(
        @DefaultValue("PT12H") Duration absoluteTimeout,
        @DefaultValue("PT24H") Duration setupLinkLifetime,
        @DefaultValue("5") int accountFailures,
        @DefaultValue("20") int addressFailures,
        @DefaultValue("PT15M") Duration window,
        @DefaultValue("PT2S") Duration firstWait,
        @DefaultValue("PT15M") Duration longestWait) {

    ThrottleSettings throttle() {
        return new ThrottleSettings(accountFailures, addressFailures, window, firstWait, longestWait);
    }
}
