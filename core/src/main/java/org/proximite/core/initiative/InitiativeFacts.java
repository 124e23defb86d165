package org.proximite.core.initiative;

import java.time.LocalDate;

/**
 * What only initiatives have, besides participants and links.
 *
 * @param kind for example {@code event}, {@code training}, {@code webinar}
 * @param year the year when exact dates are not known
 * @param planned true when it has not taken place yet
 */
public record InitiativeFacts(
        String kind,
        String countryCode,
        String locality,
        LocalDate startDate,
        LocalDate endDate,
        Integer year,
        boolean planned,
        Integer participantsTotal) {

    /** Empty country and blank locality are stored as absent. */
    public InitiativeFacts normalised() {
        return new InitiativeFacts(kind, countryCode == null || countryCode.isEmpty() ? null : countryCode,
                locality == null || locality.isBlank() ? null : locality.strip(), startDate, endDate, year, planned, participantsTotal);
    }
}
