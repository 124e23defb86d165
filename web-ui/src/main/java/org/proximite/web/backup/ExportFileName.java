package org.proximite.web.backup;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The name an export is downloaded under, from the page or the API: {@code proximite-20260301-093000.zip} (UTC). */
public final class ExportFileName {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss");

    private ExportFileName() {}

    public static String now(Clock clock) {
        return "proximite-" + FILE_TIME.format(clock.instant().atOffset(ZoneOffset.UTC)) + ".zip";
    }
}
