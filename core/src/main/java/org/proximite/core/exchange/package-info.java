/**
 * Items exchanged whole with coordinators' and translation tools: read with every language (state,
 * versions, outdated fields) and the item's own fields, written back with the versions they were
 * read at. What the tool changed is merged with what others saved since, field by field, by the
 * same save as the editor's; the kinds differ only in their own fields ({@link org.proximite.core.exchange.ExchangedKind}).
 */
package org.proximite.core.exchange;
