/**
 * The outbox: every change of content and of chapters, appended in the same transaction as the
 * change, read by position. {@link org.proximite.core.outbox.Outbox} appends and reads;
 * {@link org.proximite.core.outbox.OutboxFollower} hands new events to the listeners of this
 * instance, whichever instance wrote them.
 */
package org.proximite.core.outbox;
