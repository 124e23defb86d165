package org.proximite.core.chapter;

import java.util.List;

/**
 * What an import did.
 *
 * @param keptLocalEdits slugs of items that coordinators edited here and that the import left alone
 * @param mergedLocalEdits slugs of practices edited here whose texts were merged field by field
 */
public record ImportSummary(int added, int updated, int removed, List<String> keptLocalEdits, List<String> mergedLocalEdits) {

    @Override
    public String toString() {
        return added + " added, " + updated + " updated, " + removed + " removed"
                + (keptLocalEdits.isEmpty() ? "" : ", local edits kept: " + String.join(", ", keptLocalEdits))
                + (mergedLocalEdits.isEmpty() ? "" : ", merged with local edits: " + String.join(", ", mergedLocalEdits));
    }
}
