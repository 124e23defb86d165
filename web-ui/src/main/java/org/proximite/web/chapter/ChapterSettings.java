package org.proximite.web.chapter;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Chapters an operator wants present or absent at every start, bound from
 * {@code proximite.chapters.*} (environment: {@code PROXIMITE_CHAPTERS_PRESENT},
 * {@code PROXIMITE_CHAPTERS_ABSENT}, comma-separated chapter ids). Applied idempotently: a chapter
 * already present, or already absent, is left as it is.
 *
 * @param present ids of chapters shipped with the application (for example {@code guinea-bissau})
 *     to install when they are not installed
 * @param absent ids of chapters to remove when they are installed; their content is kept, archived
 */
@ConfigurationProperties("proximite.chapters")
public record ChapterSettings(@DefaultValue List<String> present, @DefaultValue List<String> absent) {

    public ChapterSettings {
        // An unset environment variable arrives as one empty item.
        present = present.stream().map(String::strip).filter(id -> !id.isEmpty()).toList();
        absent = absent.stream().map(String::strip).filter(id -> !id.isEmpty()).toList();
    }
}
