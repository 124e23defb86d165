package org.proximite.core.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test moves forward by hand, so that waits and expiries are tested without waiting. */
public final class MovableClock extends Clock {

    private Instant now = Instant.parse("2026-03-02T09:00:00Z");

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** The time now, as the database stores it. */
    public java.time.OffsetDateTime now() {
        return now.atOffset(ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
