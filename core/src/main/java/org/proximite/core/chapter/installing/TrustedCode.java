package org.proximite.core.chapter.installing;

import static org.proximite.db.jooq.Tables.ALLOWED_CHAPTER_CODE;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.proximite.core.chapter.ChapterAction;
import org.proximite.core.chapter.ChapterEvents;
import org.proximite.core.chapter.LifecycleReason;
import org.proximite.chapter.format.jar.SignatureStatus;
import org.springframework.stereotype.Service;

/** Which chapter code may run here: signed by a trusted publisher, or this exact jar allowed by an admin. */
@Service
public class TrustedCode {

    private final DSLContext dsl;
    private final ChapterEvents events;
    private final Clock clock;

    public TrustedCode(DSLContext dsl, ChapterEvents events, Clock clock) {
        this.dsl = dsl;
        this.events = events;
        this.clock = clock;
    }

    boolean allows(ChapterPackage jar) {
        return !jar.hasCode() || jar.signature() == SignatureStatus.SIGNED
                || dsl.fetchExists(ALLOWED_CHAPTER_CODE, ALLOWED_CHAPTER_CODE.PLUGIN_ID.eq(jar.pluginId()).and(ALLOWED_CHAPTER_CODE.SHA256.eq(jar.sha256())));
    }

    /** Lets the code of this exact jar run: its id and SHA-256 must both match. */
    public void allow(String pluginId, String sha256, String actor) {
        dsl.insertInto(ALLOWED_CHAPTER_CODE)
                .set(ALLOWED_CHAPTER_CODE.PLUGIN_ID, pluginId)
                .set(ALLOWED_CHAPTER_CODE.SHA256, sha256)
                .set(ALLOWED_CHAPTER_CODE.ALLOWED_BY, actor)
                .set(ALLOWED_CHAPTER_CODE.ALLOWED_AT, OffsetDateTime.now(clock))
                .onConflictDoNothing()
                .execute();
        events.record(pluginId, sha256, ChapterAction.ALLOW_CODE, true, null, null, List.of(LifecycleReason.CODE_ALLOWED.with(sha256)), actor);
    }
}
