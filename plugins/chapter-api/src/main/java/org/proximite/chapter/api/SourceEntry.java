package org.proximite.chapter.api;

import java.time.LocalDate;

/**
 * A source a reader can check: a page, a report, an article. A chapter declares its sources once,
 * in {@code chapter/sources.yaml}, and practices, initiatives, context pages and outcomes refer to
 * them by key; readers see them as numbered references.
 *
 * @param key the chapter's name for the source, a slug; not shown to readers
 * @param author the author or publisher, or null
 * @param date when it was published: {@code 2019}, {@code 2019-12} or {@code 2019-12-02}, or null
 * @param url its web address, or null for a source that is not online
 * @param consulted when the chapter's authors read it at that address, or null
 * @param language the language it is written in, or null
 * @param note a short note (what it says, what it does not), or null
 */
public record SourceEntry(
        String key,
        String title,
        String author,
        String date,
        String url,
        LocalDate consulted,
        String language,
        String note) {}
