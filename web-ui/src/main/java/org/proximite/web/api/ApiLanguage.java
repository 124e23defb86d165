package org.proximite.web.api;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.proximite.core.language.LanguageQueries;
import org.proximite.core.outbox.OutboxEvent;
import org.proximite.core.outbox.OutboxListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Checks the {@code lang} parameter: a known content language, French when absent.
 *
 * <p>A language found known is remembered, so that the read API's requests do not each ask the
 * database: languages come only with chapters, so the remembered ones are forgotten at every change
 * of a chapter (or import of a bundle) on any instance, and asked again.
 */
@Component
class ApiLanguage implements OutboxListener {

    static final String DEFAULT = "fr";

    private final LanguageQueries languages;
    private final Set<String> known = ConcurrentHashMap.newKeySet();
    private final AtomicLong changes = new AtomicLong();

    ApiLanguage(LanguageQueries languages) {
        this.languages = languages;
    }

    String require(String lang) {
        String code = lang == null || lang.isBlank() ? DEFAULT : lang.strip();
        if (known.contains(code)) {
            return code;
        }
        long before = changes.get();
        if (!languages.isKnown(code)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "Unknown language '" + code + "': use one of " + languages.all().stream().map(l -> l.code()).toList());
        }
        if (changes.get() == before) {
            // Not when a change came in meanwhile: what the database said may be older than it.
            known.add(code);
        }
        return code;
    }

    @Override
    public void onChanges(List<OutboxEvent> events) {
        if (events.stream().anyMatch(OutboxEvent::mayChangeChapters)) {
            changes.incrementAndGet();
            known.clear();
        }
    }
}
