package org.proximite.web.i18n;

import java.util.List;
import org.proximite.core.outbox.OutboxEvent;
import org.proximite.core.outbox.OutboxListener;
import org.springframework.stereotype.Component;

/** Reads the chapters' interface texts again as soon as any instance installs, changes or removes a chapter. */
@Component
class ChapterMessagesFollower implements OutboxListener {

    private final ChapterMessages messages;

    ChapterMessagesFollower(ChapterMessages messages) {
        this.messages = messages;
    }

    @Override
    public void onChanges(List<OutboxEvent> events) {
        if (events.stream().anyMatch(OutboxEvent::mayChangeChapters)) {
            messages.refresh();
        }
    }
}
