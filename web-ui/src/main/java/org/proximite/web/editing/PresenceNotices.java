package org.proximite.web.editing;

import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.actor.Actor;
import org.proximite.core.content.ItemDraft;
import org.proximite.core.editing.EditorPresence;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Makes each editor's {@link PresenceNotice} and wakes every open one at each heartbeat, on one
 * timer of this instance. What the notices say comes from the database ({@link EditorPresence}),
 * where every instance writes who has which item open.
 */
@Component
public class PresenceNotices implements DisposableBean {

    private final EditorPresence presence;
    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(2, runnable -> {
        Thread thread = new Thread(runnable, "editor-presence");
        thread.setDaemon(true);
        return thread;
    });

    public PresenceNotices(EditorPresence presence) {
        this.presence = presence;
        // Editors open and close all day: a closed one's beat leaves the queue at once.
        timer.setRemoveOnCancelPolicy(true);
    }

    /**
     * The notice for an editor showing {@code item}: {@code current} while it is for the same item
     * (an editor rebuilt after a save keeps its notice, and the time it was opened), a new one for
     * another item, none for an item not saved yet (nobody else can have it open).
     */
    public PresenceNotice noticeFor(PresenceNotice current, ItemKind kind, ItemDraft item, Actor actor) {
        if (item.isNew()) {
            return null;
        }
        if (current != null && current.isOpenFor(item.id())) {
            return current;
        }
        return new PresenceNotice(this, actor, kind, item.id(), languages(actor, item));
    }

    /** The languages of the item's columns that the person may write or review in this editor. */
    static List<String> languages(Actor actor, ItemDraft item) {
        Set<String> theirs = new LinkedHashSet<>();
        for (String language : ItemTextColumns.languagesShown(item)) {
            if (actor.mayEditText(item.chapterId(), language) || actor.mayReview(item.chapterId(), language)) {
                theirs.add(language);
            }
        }
        return List.copyOf(theirs);
    }

    EditorPresence presence() {
        return presence;
    }

    /** Runs {@code beat} every heartbeat, from a thread of this timer, until the registration is removed. */
    Registration everyHeartbeat(Runnable beat) {
        long period = presence.heartbeat().toMillis();
        ScheduledFuture<?> beating = timer.scheduleAtFixedRate(beat, period, period, TimeUnit.MILLISECONDS);
        return () -> beating.cancel(false);
    }

    @Override
    public void destroy() throws InterruptedException {
        // No interruption: a beat under way may be using an embedded H2 connection. What is left
        // behind in the database is forgotten after a few heartbeats, like an instance that stopped.
        timer.shutdown();
        timer.awaitTermination(5, TimeUnit.SECONDS);
    }
}
