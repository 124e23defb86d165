package org.proximite.core.editing;

import static org.proximite.db.jooq.Tables.APP_USER;
import static org.proximite.db.jooq.Tables.APP_USER_ROLE;
import static org.proximite.db.jooq.Tables.EDITOR_PRESENCE;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.proximite.core.actor.Actor;
import org.proximite.core.actor.NotAllowedException;
import org.proximite.core.actor.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Who else has an item open in an editor, on any instance: each open editor (a browser tab) is a
 * row in the database, registered when it opens, refreshed every {@link #heartbeat()} while it
 * stays open, and deleted when it closes. An editor that stops refreshing (its instance stopped,
 * its connection was lost) is forgotten after {@link #MISSED_BEATS} heartbeats.
 *
 * <p>Only a person who may open the editor (anyone who sees drafts) registers, and an editor
 * learns who else is there only through its own registration, fresh, of a person whose account
 * is enabled and unchanged since: nobody else learns who is editing what. The same person in
 * another tab is reported too, marked as such.
 */
@Service
public class EditorPresence {

    /** How often an open editor says it is still open. */
    public static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(15);

    /** An editor that missed this many heartbeats in a row has left: 45 s with the default heartbeat. */
    public static final int MISSED_BEATS = 3;

    /** Room for the languages of one editor, codes separated by commas. */
    private static final int LANGUAGES_LENGTH = 400;

    private final DSLContext dsl;
    private final Clock clock;
    private final Duration heartbeat;

    public EditorPresence(DSLContext dsl, Clock clock, @Value("${proximite.editing.presence-heartbeat:PT15S}") Duration heartbeat) {
        if (heartbeat.isNegative() || heartbeat.isZero()) {
            throw new IllegalArgumentException("proximite.editing.presence-heartbeat must be positive: " + heartbeat);
        }
        this.dsl = dsl;
        this.clock = clock;
        this.heartbeat = heartbeat;
    }

    /**
     * Someone else with the same item open.
     *
     * @param displayName the name of their account, as they chose it: text, never markup
     * @param role their first role in the order of {@link Role} (an admin before a translator), or null when they have none
     * @param languages the languages they work on in this editor, in the order they gave them
     * @param since when they opened it
     * @param sameAccount true when it is the asking person themselves, in another tab or browser
     */
    public record OtherEditor(String displayName, Role role, List<String> languages, OffsetDateTime since, boolean sameAccount) {

        public OtherEditor {
            languages = List.copyOf(languages);
        }
    }

    /** How often an open editor must call {@link #beat}. */
    public Duration heartbeat() {
        return heartbeat;
    }

    /** How long after its last heartbeat an editor counts as gone. */
    public Duration forgottenAfter() {
        return heartbeat.multipliedBy(MISSED_BEATS);
    }

    /**
     * Registers an editor that opens on the item, forgets the editors that left without saying so
     * (on any item: their rows are few and this runs once per opening), and tells who else is there.
     *
     * @param editorSession this editor's own id, a secret of the server that names it (a random UUID)
     * @param languages the languages the person works on in this editor
     * @throws NotAllowedException when the actor may not open an editor
     */
    public List<OtherEditor> open(Actor actor, String editorSession, long itemId, Collection<String> languages) {
        requireEditor(actor);
        dsl.deleteFrom(EDITOR_PRESENCE).where(EDITOR_PRESENCE.SEEN_AT.lt(OffsetDateTime.now(clock).minus(forgottenAfter()))).execute();
        return beat(actor, editorSession, itemId, languages);
    }

    /**
     * Says that the editor is still open (registering it again if it was forgotten meanwhile, as
     * after a long pause of its instance) and tells who else has the item open now: one write and
     * one read.
     */
    public List<OtherEditor> beat(Actor actor, String editorSession, long itemId, Collection<String> languages) {
        requireEditor(actor);
        OffsetDateTime now = OffsetDateTime.now(clock);
        String codes = codes(languages);
        // Written as EditorAutosaves writes: jOOQ makes it a MERGE on H2 and an INSERT … ON CONFLICT on PostgreSQL.
        dsl.insertInto(EDITOR_PRESENCE)
                .set(EDITOR_PRESENCE.EDITOR_SESSION, editorSession)
                .set(EDITOR_PRESENCE.USERNAME, actor.name())
                .set(EDITOR_PRESENCE.ITEM_ID, itemId)
                .set(EDITOR_PRESENCE.LANGUAGES, codes)
                .set(EDITOR_PRESENCE.OPENED_AT, now)
                .set(EDITOR_PRESENCE.SEEN_AT, now)
                .onDuplicateKeyUpdate()
                .set(EDITOR_PRESENCE.LANGUAGES, codes)
                .set(EDITOR_PRESENCE.SEEN_AT, now)
                .where(EDITOR_PRESENCE.USERNAME.eq(actor.name()))
                .execute();
        return others(actor, editorSession, now);
    }

    /** The editor closed: others stop seeing it at their next heartbeat. */
    public void close(Actor actor, String editorSession) {
        dsl.deleteFrom(EDITOR_PRESENCE)
                .where(EDITOR_PRESENCE.EDITOR_SESSION.eq(editorSession))
                .and(EDITOR_PRESENCE.USERNAME.eq(actor.name()))
                .execute();
    }

    /**
     * The other editors of the item this editor is registered on, in the order they opened it.
     * Both sides count only while fresh and opened in a session that is still valid (the account
     * enabled, its access and password unchanged since, as {@code SessionPolicy} checks at every
     * request): an editor closed, forgotten, or whose person lost their access learns nothing, and
     * is not shown. One statement, a row per role of each other editor.
     */
    private List<OtherEditor> others(Actor actor, String editorSession, OffsetDateTime now) {
        OffsetDateTime freshSince = now.minus(forgottenAfter());
        var me = EDITOR_PRESENCE.as("me");
        var viewer = APP_USER.as("viewer");
        var other = EDITOR_PRESENCE.as("other");
        var person = APP_USER.as("person");
        var rows = dsl.select(other.EDITOR_SESSION, other.USERNAME, other.LANGUAGES, other.OPENED_AT, person.DISPLAY_NAME, APP_USER_ROLE.ROLE)
                .from(me)
                .join(viewer).on(viewer.USERNAME.eq(me.USERNAME)).and(viewer.ENABLED.isTrue()).and(viewer.SESSIONS_VALID_AFTER.le(me.OPENED_AT))
                .join(other).on(other.ITEM_ID.eq(me.ITEM_ID)).and(other.EDITOR_SESSION.ne(me.EDITOR_SESSION)).and(other.SEEN_AT.ge(freshSince))
                .join(person).on(person.USERNAME.eq(other.USERNAME)).and(person.ENABLED.isTrue()).and(person.SESSIONS_VALID_AFTER.le(other.OPENED_AT))
                .leftJoin(APP_USER_ROLE).on(APP_USER_ROLE.USER_ID.eq(person.ID))
                .where(me.EDITOR_SESSION.eq(editorSession)).and(me.USERNAME.eq(actor.name())).and(me.SEEN_AT.ge(freshSince))
                .orderBy(other.OPENED_AT, other.EDITOR_SESSION)
                .fetch();
        Map<String, OtherEditor> editors = new LinkedHashMap<>();
        for (Record row : rows) {
            Role role = roleNamed(row.get(APP_USER_ROLE.ROLE));
            editors.merge(row.get(other.EDITOR_SESSION), new OtherEditor(row.get(person.DISPLAY_NAME), role, languages(row.get(other.LANGUAGES)),
                    row.get(other.OPENED_AT), row.get(other.USERNAME).equals(actor.name())), EditorPresence::firstRole);
        }
        return new ArrayList<>(editors.values());
    }

    private static OtherEditor firstRole(OtherEditor one, OtherEditor two) {
        if (one.role() == null) {
            return two;
        }
        return two.role() != null && two.role().ordinal() < one.role().ordinal() ? two : one;
    }

    private static Role roleNamed(String name) {
        return name == null ? null : Arrays.stream(Role.values()).filter(role -> role.name().equals(name)).findFirst().orElse(null);
    }

    private static void requireEditor(Actor actor) {
        if (!actor.maySeeDrafts()) {
            throw new NotAllowedException(actor.name(), "denied.role", Role.COORDINATOR.name());
        }
    }

    /** The codes as stored, as many as fit. */
    private static String codes(Collection<String> languages) {
        StringBuilder codes = new StringBuilder();
        for (String language : languages) {
            if (codes.length() + language.length() + 1 > LANGUAGES_LENGTH) {
                break;
            }
            codes.append(codes.isEmpty() ? "" : ",").append(language);
        }
        return codes.toString();
    }

    private static List<String> languages(String codes) {
        return codes.isEmpty() ? List.of() : List.of(codes.split(","));
    }
}
