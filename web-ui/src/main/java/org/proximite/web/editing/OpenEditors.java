package org.proximite.web.editing;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The editors open on this instance, so that stopping it loses nobody's typing. Every open editor
 * keeps what its person typed and did not save twice: as the stop begins, while this instance
 * still answers (so no browser can reload on another instance before it is kept), and once the
 * last request under way has finished, for what those requests brought, before the sessions end.
 * The editor, opened again on another instance, offers it back. Between two stops, the editors
 * keep it themselves every few seconds; this covers the seconds since.
 */
@Component
public class OpenEditors implements SmartLifecycle {

    /**
     * Stopped after the web server's graceful shutdown (no request is under way, none will come:
     * what the editors hold is final) and before the web server stops, which ends the sessions.
     */
    static final int PHASE = WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE - 512;
    /** How long a stop waits for the editors, all together: a session busy for longer is not waited for. */
    static final Duration KEEPING_AT_MOST = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(OpenEditors.class);

    private final Map<Registration, Open> open = new ConcurrentHashMap<>();
    private volatile boolean running;

    private record Open(UI ui, Runnable atStop) {}

    /**
     * Notes an editor open in {@code ui}; {@code atStop} (keep the draft, say the editor closed) runs
     * with its session locked when the instance stops. Removing the registration forgets it.
     */
    Registration opened(UI ui, Runnable atStop) {
        Registration[] registration = new Registration[1];
        registration[0] = () -> open.remove(registration[0]);
        open.put(registration[0], new Open(ui, atStop));
        return registration[0];
    }

    /** Has every open editor keep what its person typed and did not save, and returns once they all have or the time is up. */
    void keepAllUnsaved() {
        List<Open> editors = List.copyOf(open.values());
        List<Future<Void>> kept = editors.stream().map(this::keep).toList();
        long deadline = System.nanoTime() + KEEPING_AT_MOST.toNanos();
        int done = 0;
        for (Future<Void> keeping : kept) {
            try {
                keeping.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                done++;
            } catch (ExecutionException | TimeoutException e) {
                log.warn("An open editor's unsaved typing could not be kept before the stop", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (!editors.isEmpty()) {
            log.info("Stopping: {} of {} open editors kept what was typed and not saved", done, editors.size());
        }
    }

    private Future<Void> keep(Open editor) {
        VaadinSession session = editor.ui().getSession();
        if (session == null) {
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        }
        return session.access(editor.atStop()::run);
    }

    /** The stop begins: nothing has stopped yet, and the browsers are still connected to this instance. */
    @EventListener(ContextClosedEvent.class)
    void stopping() {
        keepAllUnsaved();
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        keepAllUnsaved();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
