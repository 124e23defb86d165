package org.proximite.web.editing;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.communication.PushConnection;
import com.vaadin.flow.shared.Registration;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.actor.Actor;
import org.proximite.core.editing.EditorPresence.OtherEditor;
import org.proximite.web.content.KindKeys;
import org.proximite.web.content.ReaderLanguage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says who else has this item open in an editor, on any instance ("Marie (coordinator) is also
 * editing this practice — in French — since 10:42"), and keeps saying it while the editor is open
 * without a reload: registered when attached, a heartbeat from the server's timer, the news pushed
 * to the browser; closed when the editor goes. The same person in another tab is told as "you".
 * Names are set as text, never as markup.
 *
 * <p>The news reaches the browser by the workspace's server push ({@code ProximiteAppShell}:
 * WebSocket for the server's messages, XHR for the browser's, long polling where a WebSocket
 * cannot pass); where push is not available at all, it comes with the editor's own polls.
 */
public class PresenceNotice extends Div {

    private static final Logger log = LoggerFactory.getLogger(PresenceNotice.class);

    private final PresenceNotices notices;
    private final Actor actor;
    private final ItemKind kind;
    private final long itemId;
    private final List<String> languages;
    /** This editor's id in the database: never sent to the browser. */
    private final String editorSession = UUID.randomUUID().toString();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Registration beating;
    /** The other editors named, and how many others there are: what the notice says now. */
    private List<OtherEditor> shown = List.of();
    private int shownCount;
    private boolean failing;

    PresenceNotice(PresenceNotices notices, Actor actor, ItemKind kind, long itemId, List<String> languages) {
        this.notices = notices;
        this.actor = actor;
        this.kind = kind;
        this.itemId = itemId;
        this.languages = List.copyOf(languages);
        addClassName("presence-notice");
        getElement().setAttribute("role", "status");
        setVisible(false);
    }

    /** Whether this notice is of an editor of this item still open. */
    boolean isOpenFor(long item) {
        return itemId == item && !closed.get();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (beating != null || closed.get()) {
            // Put back after the editor rebuilt itself (a save): it is still the same open editor.
            return;
        }
        UI ui = event.getUI();
        try {
            show(notices.presence().open(actor, editorSession, itemId, languages));
        } catch (RuntimeException e) {
            // The editor works without it; the next heartbeat registers it.
            log.warn("An editor of item {} could not say it is open; trying again at the next heartbeat", itemId, e);
            failing = true;
        }
        beating = notices.everyHeartbeat(() -> beat(ui));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        UI ui = event.getUI();
        if (ui.isClosing()) {
            close();
        } else {
            // A save rebuilds the editor: taken out and put back in the same round trip, it stays open.
            ui.beforeClientResponse(ui, context -> {
                if (!isAttached()) {
                    close();
                }
            });
        }
        super.onDetach(event);
    }

    /** From the timer: says the editor is still open and shows who else is there now. */
    private void beat(UI ui) {
        try {
            ui.access(() -> {
                // A browser that is gone stops beating: others forget it after a few heartbeats.
                if (!closed.get() && isAttached() && browserConnected(ui)) {
                    refresh();
                }
            });
        } catch (UIDetachedException e) {
            close();
        }
    }

    /** Says the editor is still open and shows who else is there now; under the session's lock. */
    void refresh() {
        try {
            show(notices.presence().beat(actor, editorSession, itemId, languages));
            failing = false;
        } catch (RuntimeException e) {
            if (!failing) {
                log.warn("The presence of an editor of item {} could not be refreshed; trying again at the next heartbeat", itemId, e);
            }
            failing = true;
        }
    }

    /** Ends the heartbeat and takes this editor out, once: when it closes, or when its instance stops. */
    void close() {
        if (closed.compareAndSet(false, true)) {
            Registration registration = beating;
            if (registration != null) {
                registration.remove();
            }
            try {
                notices.presence().close(actor, editorSession);
            } catch (RuntimeException e) {
                log.warn("The presence of a closed editor of item {} stays until it is forgotten", itemId, e);
            }
        }
    }

    /**
     * At most this many other editors are named, the others counted: a crowd on one item would
     * make a notice nobody reads, and every editor of the item would keep a line for each.
     */
    static final int NAMED = 3;

    /** Shows these other editors, when they changed since last shown. */
    void show(List<OtherEditor> others) {
        List<OtherEditor> named = List.copyOf(others.subList(0, Math.min(NAMED, others.size())));
        if (named.equals(shown) && others.size() == shownCount) {
            return;
        }
        shown = named;
        shownCount = others.size();
        removeAll();
        for (OtherEditor other : named) {
            Paragraph line = new Paragraph(sentence(other));
            line.addClassName(other.sameAccount() ? "presence-you" : "presence-other");
            add(line);
        }
        if (others.size() > NAMED) {
            Paragraph more = new Paragraph(getTranslation("presence.more", others.size() - NAMED));
            more.addClassName("presence-more");
            add(more);
        }
        setVisible(!others.isEmpty());
    }

    private String sentence(OtherEditor other) {
        String since = time(other.since());
        if (other.sameAccount()) {
            return getTranslation(KindKeys.of(kind, "presence.you"), since);
        }
        String person = other.role() == null ? other.displayName()
                : getTranslation("presence.person", other.displayName(), getTranslation("presence.role." + other.role().name()));
        if (other.languages().isEmpty()) {
            return getTranslation(KindKeys.of(kind, "presence.other.open"), person, since);
        }
        return getTranslation(KindKeys.of(kind, "presence.other"), person, languageNames(other.languages()), since);
    }

    /** "French", "French and English", "French, English and Portuguese", in the reader's language. */
    private String languageNames(List<String> codes) {
        List<String> names = codes.stream().map(code -> ReaderLanguage.name(this, code)).toList();
        if (names.size() == 1) {
            return names.getFirst();
        }
        return getTranslation("presence.and", String.join(", ", names.subList(0, names.size() - 1)), names.getLast());
    }

    /** The time in the browser's time zone when it told it, else in UTC, said so. */
    private String time(OffsetDateTime at) {
        ZoneId zone = getUI().map(ui -> ui.getPage().getExtendedClientDetails().getTimeZoneId()).map(PresenceNotice::zone).orElse(null);
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale());
        return zone == null ? format.format(at.atZoneSameInstant(ZoneOffset.UTC)) + " UTC" : format.format(at.atZoneSameInstant(zone));
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Whether the browser still listens: its push connection is up (or there is no push, and its polls tell). */
    private static boolean browserConnected(UI ui) {
        if (!ui.getPushConfiguration().getPushMode().isEnabled()) {
            return true;
        }
        PushConnection connection = ui.getInternals().getPushConnection();
        return connection != null && connection.isConnected();
    }
}
