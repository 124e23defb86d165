/**
 * The chapter format: reading a chapter's files and checking them, and the {@link
 * org.proximite.chapter.format.Reason reasons} a chapter is refused, as codes with parameters that
 * every layer shows from the message bundles. No Spring, no jOOQ: the authors' tool
 * ({@code bin/chapter}) runs on this module alone.
 */
package org.proximite.chapter.format;
