package org.proximite.web.i18n;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UIDetachedException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.proximite.core.outbox.OutboxEvent;
import org.proximite.core.outbox.OutboxListener;

/**
 * The lists of languages on the open pages of this instance: the language switch, the content
 * overview's language columns and filter, the XLIFF export's languages. When any instance
 * installs, upgrades, enables, disables or removes a chapter, each open list is told, through
 * {@link com.vaadin.flow.component.UI#access} and server push (see {@code ProximiteAppShell}): a
 * language a chapter brings appears in it, and one that goes away leaves it, without a reload.
 */
@org.springframework.stereotype.Component
public class OpenLanguageLists implements OutboxListener {

    /** What an open list does when the languages changed: offer the ones there are now. Called with its page locked. */
    @FunctionalInterface
    public interface LanguagesChanged {
        void languagesChanged();
    }

    private final ChapterMessages messages;
    private final Map<Component, LanguagesChanged> open = new ConcurrentHashMap<>();

    public OpenLanguageLists(ChapterMessages messages) {
        this.messages = messages;
    }

    /** Tells {@code list} of every change of the languages while it is on an open page. */
    public void follow(Component list, LanguagesChanged listener) {
        list.addAttachListener(attach -> open.put(list, listener));
        list.addDetachListener(detach -> open.remove(list));
    }

    /** How many open lists are told of a change now: for tests. */
    int count() {
        return open.size();
    }

    @Override
    public void onChanges(List<OutboxEvent> events) {
        if (events.stream().noneMatch(OutboxEvent::mayChangeChapters)) {
            return;
        }
        // Read the chapters' interface texts again now, whichever listener hears of the change first.
        messages.refresh();
        open.forEach((list, listener) -> {
            try {
                list.getUI().ifPresentOrElse(ui -> ui.access(listener::languagesChanged), () -> open.remove(list));
            } catch (UIDetachedException | IllegalStateException closed) {
                // The page went away (its session ended) without saying so: forget it, tell the others.
                open.remove(list);
            }
        });
    }
}
