/**
 * The server's checks, run by a chapter's authors without a server: on the chapter's folder while
 * they write it, or on the jar they built.
 */
package org.proximite.chapter.format.offline;
