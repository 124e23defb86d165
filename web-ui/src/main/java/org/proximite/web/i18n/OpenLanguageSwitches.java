package org.proximite.web.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.proximite.core.outbox.OutboxEvent;
import org.proximite.core.outbox.OutboxListener;
import org.springframework.stereotype.Component;

/**
 * The language switches of the workspace's open pages, on this instance. When any instance
 * installs, upgrades, enables, disables or removes a chapter, each open page is told, through
 * {@link UI#access} and server push (see {@code ProximiteAppShell}): a language a chapter brings
 * appears in its switch, and one that goes away leaves it, without a reload.
 */
@Component
public class OpenLanguageSwitches implements OutboxListener {

    private final ChapterMessages messages;
    private final Set<LanguageSwitch> open = ConcurrentHashMap.newKeySet();

    public OpenLanguageSwitches(ChapterMessages messages) {
        this.messages = messages;
    }

    void opened(LanguageSwitch languageSwitch) {
        open.add(languageSwitch);
    }

    void closed(LanguageSwitch languageSwitch) {
        open.remove(languageSwitch);
    }

    /** How many open pages are told of a change now: for tests. */
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
        for (LanguageSwitch languageSwitch : open) {
            try {
                languageSwitch.getUI().ifPresentOrElse(ui -> ui.access(languageSwitch::languagesChanged), () -> open.remove(languageSwitch));
            } catch (UIDetachedException | IllegalStateException closed) {
                // The page went away (its session ended) without saying so: forget it, tell the others.
                open.remove(languageSwitch);
            }
        }
    }
}
