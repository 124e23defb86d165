package org.proximite.core.outbox;

import java.time.OffsetDateTime;

/**
 * One change, as the outbox recorded it.
 *
 * @param position the order of the change among all changes; gapless and committed in order
 * @param itemKind {@code PRACTICE}, {@code INITIATIVE}, {@code CHAPTER} or {@code ACCOUNT}; null for none
 * @param itemKey the item's slug, or the chapter's id
 * @param language the language of a text change, else null
 * @param version the version of the item or text after the change, when it has one
 * @param chapterId the chapter the item belongs to, or the chapter itself
 */
public record OutboxEvent(
        long position,
        OffsetDateTime occurredAt,
        String actor,
        ChangeKind kind,
        String itemKind,
        String itemKey,
        String language,
        Integer version,
        String chapterId) {

    /** A change to append; its position and time are given by {@link Outbox#append}. */
    public static OutboxEvent of(String actor, ChangeKind kind, String itemKind, String itemKey, String language, Integer version,
            String chapterId) {
        return new OutboxEvent(0, null, actor, kind, itemKind, itemKey, language, version, chapterId);
    }

    /** A change of a chapter as a whole. */
    public static OutboxEvent ofChapter(String actor, ChangeKind kind, String chapterId, String version) {
        return new OutboxEvent(0, null, actor, kind, "CHAPTER", chapterId, null, null, chapterId);
    }

    /** A change of an account or a sign-in, keyed by user name. */
    public static OutboxEvent ofAccount(String actor, ChangeKind kind, String username) {
        return new OutboxEvent(0, null, actor, kind, ACCOUNT, username, null, null, null);
    }

    public boolean isChapterChange() {
        return "CHAPTER".equals(itemKind);
    }

    /** Whether a bundle replaced everything: what an instance keeps from the database is to be read again. */
    public boolean replacesEverything() {
        return kind == ChangeKind.BUNDLE_IMPORTED;
    }

    /** Whether chapters may have changed: a change of a chapter, or an import that replaced them all. */
    public boolean mayChangeChapters() {
        return isChapterChange() || replacesEverything();
    }

    /** Whether this is about accounts and sign-ins, not about what readers see. */
    public boolean isAccountChange() {
        return ACCOUNT.equals(itemKind);
    }

    private static final String ACCOUNT = "ACCOUNT";
}
