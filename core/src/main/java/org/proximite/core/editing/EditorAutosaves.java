package org.proximite.core.editing;

import static org.proximite.db.jooq.Tables.EDITOR_AUTOSAVE;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.actor.Actor;
import org.springframework.stereotype.Service;

/**
 * What each person typed in an editor and has not saved yet, kept in the database every few
 * seconds: a restart of the instance, a crash or a closed tab loses at most those seconds, and the
 * editor offers the rest back when the person opens the item again, on any instance. Only its
 * author reads an autosave; it changes no content (the person still saves, with every check).
 */
@Service
public class EditorAutosaves {

    /** The largest draft kept (a practice with every section full, in several languages, is far smaller). */
    public static final int MAX_LENGTH = 2_000_000;

    private final DSLContext dsl;
    private final Clock clock;

    public EditorAutosaves(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** A kept draft and when it was kept. */
    public record Autosave(String draft, OffsetDateTime savedAt) {}

    /** Keeps the person's unsaved draft of the item ({@code slug} null for a new item), replacing the one kept before. */
    public void keep(Actor actor, ItemKind kind, String slug, String draft) {
        if (!actor.maySeeDrafts()) {
            throw new org.proximite.core.actor.NotAllowedException(actor.name(), "denied.role", "COORDINATOR");
        }
        if (draft.length() > MAX_LENGTH) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        dsl.insertInto(EDITOR_AUTOSAVE)
                .set(EDITOR_AUTOSAVE.USERNAME, actor.name())
                .set(EDITOR_AUTOSAVE.ITEM_KIND, kind.name())
                .set(EDITOR_AUTOSAVE.ITEM_KEY, key(slug))
                .set(EDITOR_AUTOSAVE.DRAFT, draft)
                .set(EDITOR_AUTOSAVE.SAVED_AT, now)
                .onDuplicateKeyUpdate()
                .set(EDITOR_AUTOSAVE.DRAFT, draft)
                .set(EDITOR_AUTOSAVE.SAVED_AT, now)
                .execute();
    }

    /** The person's kept draft of the item, if any. */
    public Optional<Autosave> find(Actor actor, ItemKind kind, String slug) {
        return dsl.select(EDITOR_AUTOSAVE.DRAFT, EDITOR_AUTOSAVE.SAVED_AT)
                .from(EDITOR_AUTOSAVE)
                .where(EDITOR_AUTOSAVE.USERNAME.eq(actor.name()))
                .and(EDITOR_AUTOSAVE.ITEM_KIND.eq(kind.name()))
                .and(EDITOR_AUTOSAVE.ITEM_KEY.eq(key(slug)))
                .fetchOptional(row -> new Autosave(row.value1(), row.value2()));
    }

    /** Forgets the person's kept draft of the item: it was saved, or the person chose to drop it. */
    public void discard(Actor actor, ItemKind kind, String slug) {
        dsl.deleteFrom(EDITOR_AUTOSAVE)
                .where(EDITOR_AUTOSAVE.USERNAME.eq(actor.name()))
                .and(EDITOR_AUTOSAVE.ITEM_KIND.eq(kind.name()))
                .and(EDITOR_AUTOSAVE.ITEM_KEY.eq(key(slug)))
                .execute();
    }

    private static String key(String slug) {
        return slug == null ? "" : slug;
    }
}
