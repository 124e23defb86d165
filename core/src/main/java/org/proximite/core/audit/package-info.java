/**
 * The audit log: who did what and when, read from the outbox, where every change of content,
 * of a chapter, of an account and every sign-in is appended in the transaction that makes it.
 * Nothing here writes: the log can be read, filtered and exported, never edited or deleted.
 */
package org.proximite.core.audit;
