package org.proximite.core.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.proximite.chapter.format.ItemKind;
import org.proximite.chapter.format.TextField;
import org.proximite.core.editing.EditConflict;

/**
 * Three-way merge of one language's text, field by field, when someone else saved it after the
 * editor loaded it: a field the editor did not change takes theirs, a field they did not change
 * takes the editor's, a field both changed to the same value is no conflict, and a field both
 * changed differently is a conflict with both values. The state merges the same way.
 */
final class TextMerge {

    private TextMerge() {}

    /** The merged text, or the conflicts. */
    record Merged(TextState state, ItemText text, List<EditConflict> conflicts) {

        boolean conflicting() {
            return !conflicts.isEmpty();
        }
    }

    /**
     * @param base the text as the editor loaded it (null when it had none)
     * @param mine the text the editor saves
     * @param theirs the text stored now (null when it has none)
     */
    static Merged merge(ItemKind kind, String language, LanguageText base, LanguageText mine, LanguageText theirs) {
        int currentVersion = theirs == null ? 0 : theirs.version();
        List<EditConflict> conflicts = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        for (TextField field : kind.textFields()) {
            String before = fieldOf(base, field);
            String yours = fieldOf(mine, field);
            String stored = fieldOf(theirs, field);
            if (conflict(before, yours, stored)) {
                conflicts.add(new EditConflict(language, field.name(), yours, stored, currentVersion));
            } else {
                values.put(field.name(), merged(before, yours, stored));
            }
        }
        // A text not saved yet starts as a draft: that is its state before anyone chose one.
        TextState before = base == null ? TextState.DRAFT : base.state();
        TextState stored = theirs == null ? before : theirs.state();
        TextState state = mine.state();
        if (conflict(before, state, stored)) {
            conflicts.add(new EditConflict(language, "state", state.name(), stored.name(), currentVersion));
        } else {
            state = merged(before, state, stored);
        }
        return new Merged(state, new ItemText(values), conflicts);
    }

    /** Both changed the value from the base, to different values. */
    static <T> boolean conflict(T base, T mine, T theirs) {
        return !Objects.equals(base, mine) && !Objects.equals(base, theirs) && !Objects.equals(mine, theirs);
    }

    /** Theirs when the editor kept the base, else the editor's (they kept it, or both agree). */
    static <T> T merged(T base, T mine, T theirs) {
        return Objects.equals(base, mine) ? theirs : mine;
    }

    /** Plain fields are saved stripped: compared stripped. */
    private static String fieldOf(LanguageText text, TextField field) {
        if (text == null) {
            return null;
        }
        String value = text.text().get(field.name());
        return value != null && !field.markdown() ? value.strip() : value;
    }
}
