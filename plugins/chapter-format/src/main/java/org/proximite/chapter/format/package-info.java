/**
 * The chapter format: reading a chapter's files and checking them, and the {@link
 * org.proximite.chapter.format.Reason reasons} a chapter is refused, as codes with parameters that
 * every layer shows from the message bundles (a {@link org.proximite.chapter.format.ChapterProblem}
 * adds where, file and field). No Spring, no jOOQ: the authors' tool ({@code bin/chapter}) runs on
 * this module alone. Its parts: {@code jar} (the archive, the manifest, versions, signatures),
 * {@code content} (the files, read and checked), {@code text} (rules about text itself) and
 * {@code offline} (the server's checks without a server).
 */
package org.proximite.chapter.format;
