package org.proximite.core.outbox;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;

/**
 * Reads the outbox every second from where it last stopped, and hands new events to every
 * {@link OutboxListener}: this is how an instance learns of what another instance changed.
 * Starts at the newest position: what happened before the start is already in the database.
 * After a bundle import it skips the bundle's own history and hands on the import itself, which
 * tells every listener to read the database again.
 */
@Service
public class OutboxFollower implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxFollower.class);
    private static final int BATCH = 500;

    private final Outbox outbox;
    private final List<OutboxListener> listeners;
    private final Duration interval;
    private ScheduledExecutorService executor;
    private volatile long position = -1;

    public OutboxFollower(Outbox outbox, List<OutboxListener> listeners,
            @Value("${proximite.outbox.poll-interval:PT1S}") Duration interval) {
        this.outbox = outbox;
        this.listeners = List.copyOf(listeners);
        this.interval = interval;
    }

    /** Reads what is new and hands it on; returns how many events were read. */
    public synchronized int poll() {
        if (position < 0) {
            position = outbox.lastPosition();
            return 0;
        }
        int read = 0;
        List<OutboxEvent> events;
        do {
            events = outbox.news(position, BATCH);
            if (events.isEmpty()) {
                break;
            }
            for (OutboxListener listener : listeners) {
                try {
                    listener.onChanges(events);
                } catch (RuntimeException e) {
                    log.error("A listener of changes failed on events {}..{}", events.getFirst().position(), events.getLast().position(), e);
                }
            }
            position = events.getLast().position();
            read += events.size();
        } while (events.size() == BATCH);
        return read;
    }

    /** The position of the last event handed on. */
    public long position() {
        return position;
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-follower");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(() -> {
            try {
                poll();
            } catch (RuntimeException e) {
                log.warn("Reading the outbox failed; trying again in {}", interval, e);
            }
        }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdown();
            executor = null;
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
