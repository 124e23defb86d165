package org.proximite.core.textimport.repair;

import java.util.List;

/**
 * A text after repair, with what changed in it, in the order of the original.
 *
 * @param suspect true when marks of a wrong decoding remain that could not be repaired
 */
public record RepairedText(String original, String text, List<Repair> repairs, boolean suspect) {

    public RepairedText {
        repairs = List.copyOf(repairs);
    }

    public boolean changed() {
        return !repairs.isEmpty();
    }
}
