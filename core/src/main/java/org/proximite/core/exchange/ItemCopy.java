package org.proximite.core.exchange;

import java.util.List;
import java.util.Map;
import org.proximite.core.content.ItemDraft;

/**
 * An item whole, as a tool reads it to edit it.
 *
 * @param item every language with its state, version, published version and source version; the item's own fields and version
 * @param own the kind's own fields
 * @param outdatedFields for each translation whose source changed since, the fields to review
 * @param <O> the kind's own fields
 */
public record ItemCopy<O>(ItemDraft item, O own, Map<String, List<String>> outdatedFields) {}
