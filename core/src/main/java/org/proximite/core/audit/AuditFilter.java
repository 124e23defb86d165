package org.proximite.core.audit;

import java.time.OffsetDateTime;
import java.util.Set;
import org.proximite.core.outbox.ChangeKind;

/**
 * Which entries to show; null or empty means any.
 *
 * @param actor the user name who acted, exactly
 * @param kinds what happened
 * @param subject a slug, chapter id or user name the entries are about, exactly
 * @param from entries at or after this instant
 * @param to entries before this instant
 */
public record AuditFilter(String actor, Set<ChangeKind> kinds, String subject, OffsetDateTime from, OffsetDateTime to) {

    public AuditFilter {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        actor = blankToNull(actor);
        subject = blankToNull(subject);
    }

    public static AuditFilter everything() {
        return new AuditFilter(null, Set.of(), null, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
