package org.proximite.core.chapter;

import java.util.List;

/**
 * What an import did.
 *
 * @param keptLocalEdits slugs of items that coordinators edited here and that the import left alone
 */
public record ImportSummary(int added, int updated, int removed, List<String> keptLocalEdits) {

    @Override
    public String toString() {
        return added + " added, " + updated + " updated, " + removed + " removed"
                + (keptLocalEdits.isEmpty() ? "" : ", local edits kept: " + String.join(", ", keptLocalEdits));
    }
}
