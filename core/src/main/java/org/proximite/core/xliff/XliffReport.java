package org.proximite.core.xliff;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.proximite.chapter.format.ItemKind;

/**
 * What an import did, or would have done: per item and field, whether its translation is new,
 * changed, unchanged, untranslated or refused, and whether its source changed since the export.
 * When there is a problem nothing was written ({@code written} is false): the outcomes then say
 * what the import would have written.
 *
 * @param written whether the changes were saved (as drafts of the target language)
 * @param problems every reason nothing was written, file by file and unit by unit
 */
public record XliffReport(String sourceLanguage, String targetLanguage, boolean written, List<ItemResult> items, List<XliffProblem> problems) {

    public XliffReport {
        items = List.copyOf(items);
        problems = List.copyOf(problems);
    }

    /** What happens to one field's translation. */
    public enum Outcome {
        /** The target language had nothing in this field. */
        NEW,
        /** The translation differs from the one stored. */
        CHANGED,
        /** The same as the one stored: nothing to write. */
        UNCHANGED,
        /** The file has no translation for it: the stored one, if any, is left as it is. */
        UNTRANSLATED,
        /** It breaks a rule: see its problem. */
        REFUSED
    }

    /**
     * One field of one item.
     *
     * @param unit the field's name, the unit's id
     * @param sourceChanged the source text of this field is no longer the one exported: the
     *     translation is imported, and its field stays marked outdated until it is reviewed
     * @param problem why it is refused, or null
     */
    public record FieldResult(String unit, Outcome outcome, boolean sourceChanged, XliffProblem problem) {}

    /** One item (one file): its kind and address are null when the file names none. */
    public record ItemResult(String file, ItemKind kind, String slug, List<FieldResult> fields) {

        public ItemResult {
            fields = List.copyOf(fields);
        }

        /** Whether a translation of it is written (or would be). */
        public boolean changes() {
            return fields.stream().anyMatch(field -> field.outcome() == Outcome.NEW || field.outcome() == Outcome.CHANGED);
        }
    }

    /** How many fields have each outcome. */
    public Map<Outcome, Integer> totals() {
        Map<Outcome, Integer> totals = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            totals.put(outcome, 0);
        }
        items.forEach(item -> item.fields().forEach(field -> totals.merge(field.outcome(), 1, Integer::sum)));
        return totals;
    }
}
