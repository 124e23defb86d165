package org.proximite.core.audit;

import java.time.OffsetDateTime;

/**
 * One line of the audit log: what happened ({@code kind}), to what, by whom, when (UTC).
 *
 * @param kind what happened: a {@link org.proximite.core.outbox.ChangeKind} name (an entry of a newer version of
 *     the application may name one this version does not know)
 * @param itemKind {@code PRACTICE}, {@code INITIATIVE}, {@code CHAPTER}, {@code USER} or another subject's kind; null for none
 * @param itemKey the subject: a slug, a chapter id, a user name
 * @param language the language of a text, when the change was one
 * @param version the version after the change, when the subject has one
 */
public record AuditEntry(long position, OffsetDateTime at, String actor, String kind, String itemKind, String itemKey, String language,
        Integer version, String chapterId) {}
