package org.proximite.core.workflow;

import static org.proximite.db.jooq.Tables.CONTENT_REVISION;
import static org.proximite.db.jooq.Tables.CONTENT_REVISION_FIELD;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.proximite.chapter.format.ItemKind;
import org.proximite.chapter.format.TextField;
import org.proximite.core.actor.Actor;
import org.proximite.core.content.ContentTexts;
import org.proximite.core.content.ContentWriter;
import org.proximite.core.content.ItemRef;
import org.proximite.core.content.ItemText;
import org.proximite.core.content.LanguageText;
import org.proximite.core.content.RevisionNote;
import org.proximite.core.content.TextState;
import org.proximite.core.editing.ContentNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Every version of each language's text, as saved: who saved it, when, in which state, and which
 * fields it changed; two versions side by side; and an old version restored as a new draft (the
 * versions between stay, and readers keep what they saw until it is published).
 */
@Service
public class Revisions {

    private final DSLContext dsl;
    private final ContentWriter writer;

    public Revisions(DSLContext dsl, ContentWriter writer) {
        this.dsl = dsl;
        this.writer = writer;
    }

    /**
     * One kept version of a text, and the fields it changed from the version before it.
     *
     * @param note what the revision says of how it was made (an import from the web), or null
     */
    public record Revision(int version, TextState state, OffsetDateTime savedAt, String savedBy, List<String> changedFields, RevisionNote note) {}

    /** The versions of one language's text, newest first. */
    public List<Revision> list(ItemKind kind, String slug, String language) {
        ItemRef ref = TextWorkflow.ref(dsl, kind, slug);
        Map<Integer, Map<String, String>> fields = fieldsByVersion(ref.id(), language);
        List<Revision> revisions = new ArrayList<>();
        Map<String, String> previous = Map.of();
        for (var row : dsl.selectFrom(CONTENT_REVISION)
                .where(CONTENT_REVISION.ITEM_ID.eq(ref.id())).and(CONTENT_REVISION.LANGUAGE_CODE.eq(language))
                .orderBy(CONTENT_REVISION.VERSION)
                .fetch()) {
            Map<String, String> current = fields.getOrDefault(row.getVersion(), Map.of());
            revisions.add(new Revision(row.getVersion(), TextState.valueOf(row.getState()), row.getCreatedAt(), row.getCreatedBy(),
                    changed(kind, previous, current), RevisionNote.stored(row.getNoteCode(), row.getNoteParameters())));
            previous = current;
        }
        return revisions.reversed();
    }

    /** One field of two versions side by side. */
    public record FieldComparison(String field, String before, String after) {

        public boolean changed() {
            return !Objects.equals(before, after);
        }
    }

    /** Two versions of one language's text, field by field in the kind's order (a field neither has is left out). */
    public List<FieldComparison> compare(ItemKind kind, String slug, String language, int before, int after) {
        ItemRef ref = TextWorkflow.ref(dsl, kind, slug);
        Map<Integer, Map<String, String>> fields = fieldsByVersion(ref.id(), language);
        Map<String, String> older = existing(fields, ref, language, before);
        Map<String, String> newer = existing(fields, ref, language, after);
        List<FieldComparison> comparison = new ArrayList<>();
        for (TextField field : kind.textFields()) {
            String a = older.get(field.name());
            String b = newer.get(field.name());
            if (a != null || b != null) {
                comparison.add(new FieldComparison(field.name(), a, b));
            }
        }
        return comparison;
    }

    /**
     * Saves an old version's fields as a new draft of the text, from the version the person saw.
     *
     * @return the text as it is now
     * @throws org.proximite.core.editing.StaleEditException when the text changed since {@code currentVersion}
     * @throws org.proximite.core.actor.NotAllowedException when the actor may not edit this text
     */
    public LanguageText restore(ItemKind kind, String slug, String language, int version, int currentVersion, Actor actor) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            ItemRef ref = TextWorkflow.ref(tx, kind, slug);
            Map<String, String> old = existing(fieldsByVersion(tx, ref.id(), language), ref, language, version);
            writer.saveText(tx, actor, ref, language, TextState.DRAFT, new ItemText(old), currentVersion);
            return ContentTexts.one(tx, ref.id(), language);
        });
    }

    private Map<String, String> existing(Map<Integer, Map<String, String>> fields, ItemRef ref, String language, int version) {
        Map<String, String> found = fields.get(version);
        if (found == null) {
            throw new ContentNotFoundException("revision", ref.slug() + "/" + language + "/" + version);
        }
        return found;
    }

    private Map<Integer, Map<String, String>> fieldsByVersion(long itemId, String language) {
        return fieldsByVersion(dsl, itemId, language);
    }

    private static Map<Integer, Map<String, String>> fieldsByVersion(DSLContext context, long itemId, String language) {
        Map<Integer, Map<String, String>> fields = new TreeMap<>();
        context.select(CONTENT_REVISION.VERSION, CONTENT_REVISION_FIELD.FIELD_NAME, CONTENT_REVISION_FIELD.FIELD_VALUE)
                .from(CONTENT_REVISION)
                .leftJoin(CONTENT_REVISION_FIELD).on(CONTENT_REVISION_FIELD.ITEM_ID.eq(CONTENT_REVISION.ITEM_ID))
                        .and(CONTENT_REVISION_FIELD.LANGUAGE_CODE.eq(CONTENT_REVISION.LANGUAGE_CODE))
                        .and(CONTENT_REVISION_FIELD.VERSION.eq(CONTENT_REVISION.VERSION))
                .where(CONTENT_REVISION.ITEM_ID.eq(itemId)).and(CONTENT_REVISION.LANGUAGE_CODE.eq(language))
                .forEach(row -> {
                    Map<String, String> values = fields.computeIfAbsent(row.value1(), version -> new HashMap<>());
                    if (row.value2() != null) {
                        values.put(row.value2(), row.value3());
                    }
                });
        return fields;
    }

    /** The kind's fields whose value differs between two versions, in the kind's order. */
    static List<String> changed(ItemKind kind, Map<String, String> before, Map<String, String> after) {
        return kind.textFields().stream()
                .map(TextField::name)
                .filter(name -> !Objects.equals(before.get(name), after.get(name)))
                .toList();
    }
}
