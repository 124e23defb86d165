package org.proximite.web.startup;

import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The line an operator waits for: this instance takes readers now (the schema migrated, the
 * chapters imported at start in place), where, and how long the start took.
 */
@Component
class ReadyLine implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(ReadyLine.class);

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        Duration taken = event.getTimeTaken() == null ? Duration.ZERO : event.getTimeTaken();
        String seconds = String.format(Locale.ROOT, "%.1f", taken.toMillis() / 1000.0);
        if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
            log.info("Proximité is ready at http://localhost:{} (started in {} s, process {})", web.getWebServer().getPort(), seconds,
                    ProcessHandle.current().pid());
        } else {
            log.info("Proximité is ready (started in {} s)", seconds);
        }
    }
}
