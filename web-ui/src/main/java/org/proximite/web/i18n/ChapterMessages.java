package org.proximite.web.i18n;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.proximite.core.chapter.UiMessageQueries;
import org.springframework.stereotype.Component;

/**
 * The interface texts active chapters bring, per language, read from the database and kept for a
 * few seconds: installing or disabling a chapter shows in the interface without a restart.
 */
@Component
public class ChapterMessages {

    static final Duration FRESHNESS = Duration.ofSeconds(5);

    private final UiMessageQueries queries;
    private volatile Map<String, Map<String, String>> messages = Map.of();
    private volatile Instant loadedAt = Instant.EPOCH;

    public ChapterMessages(UiMessageQueries queries) {
        this.queries = queries;
    }

    public Set<String> languages() {
        return current().keySet();
    }

    /** The chapter text for this key in this language, or null. */
    public String message(String language, String key) {
        Map<String, String> bundle = current().get(language);
        return bundle == null ? null : bundle.get(key);
    }

    /** Forgets what was read, so that the next call reads the database again. */
    public void refresh() {
        loadedAt = Instant.EPOCH;
    }

    private Map<String, Map<String, String>> current() {
        if (Instant.now().isAfter(loadedAt.plus(FRESHNESS))) {
            messages = queries.byLanguage();
            loadedAt = Instant.now();
        }
        return messages;
    }
}
