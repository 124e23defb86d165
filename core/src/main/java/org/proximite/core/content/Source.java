package org.proximite.core.content;

import java.time.LocalDate;

/**
 * A source a reader can check, shown as a numbered reference of the item that cites it.
 *
 * @param date when it was published: a year, a month ({@code 2019-12}) or a day, or null
 * @param url its web address, or null for a source that is not online
 * @param consulted when it was read at that address, or null
 * @param language the language it is written in, or null
 */
public record Source(String title, String author, String date, String url, LocalDate consulted, String language, String note) {}
