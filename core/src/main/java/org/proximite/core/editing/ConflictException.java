package org.proximite.core.editing;

import java.util.List;

/**
 * Someone else changed the same fields as this save since the item was loaded, differently:
 * nothing was saved. Each conflict carries both values and the version stored now, so that the
 * person can choose, keeping their own text. Changes to other fields or languages merge without
 * a conflict.
 */
public class ConflictException extends StaleEditException {

    private final List<EditConflict> conflicts;

    public ConflictException(String slug, List<EditConflict> conflicts) {
        super(slug);
        this.conflicts = List.copyOf(conflicts);
    }

    public List<EditConflict> conflicts() {
        return conflicts;
    }
}
