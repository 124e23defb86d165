package org.proximite.core.outbox;

import java.util.List;

/**
 * Learns of changes, made on this instance or another, in order of position. Implementations
 * are Spring beans; each gets every batch once, after it was committed.
 */
public interface OutboxListener {

    void onChanges(List<OutboxEvent> events);
}
