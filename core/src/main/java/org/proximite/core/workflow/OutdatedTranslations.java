package org.proximite.core.workflow;

import static org.proximite.db.jooq.Tables.CONTENT_REVISION_FIELD;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Row3;
import org.jooq.impl.DSL;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.actor.Actor;
import org.proximite.core.content.ContentTexts;
import org.proximite.core.content.ContentWriter;
import org.proximite.core.content.ItemRef;
import org.proximite.core.content.LanguageText;
import org.proximite.core.editing.ContentNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Translations whose source changed since they were written, field by field: a translation
 * records the version of the default language's text it was written or last reviewed against,
 * and the default text's fields that differ from that version are its outdated fields. Saving the
 * translation, or confirming it, makes it current again.
 */
@Service
public class OutdatedTranslations {

    private final DSLContext dsl;
    private final ContentWriter writer;

    public OutdatedTranslations(DSLContext dsl, ContentWriter writer) {
        this.dsl = dsl;
        this.writer = writer;
    }

    /** An item's texts as stored, with its kind and default language: what the outdated fields are computed from. */
    public record ItemTexts(long itemId, ItemKind kind, String defaultLanguage, Map<String, LanguageText> texts) {}

    /** The outdated fields of each translation of each item (item id, then language); translations that are current are left out. */
    public Map<Long, Map<String, List<String>>> of(DSLContext context, Collection<ItemTexts> items) {
        List<Row3<Long, String, Integer>> sources = new ArrayList<>();
        for (ItemTexts item : items) {
            LanguageText main = item.texts().get(item.defaultLanguage());
            if (main == null) {
                continue;
            }
            item.texts().forEach((language, text) -> {
                if (!language.equals(item.defaultLanguage()) && text.sourceVersion() != null && text.sourceVersion() != main.version()) {
                    sources.add(DSL.row(item.itemId(), item.defaultLanguage(), text.sourceVersion()));
                }
            });
        }
        if (sources.isEmpty()) {
            return Map.of();
        }
        // The default texts' fields at the versions the translations were written from: one statement.
        record Key(long itemId, int version) {}
        Map<Key, Map<String, String>> old = new HashMap<>();
        for (var chunk : org.proximite.core.internal.Chunks.of(sources)) {
            context.select(CONTENT_REVISION_FIELD.ITEM_ID, CONTENT_REVISION_FIELD.VERSION, CONTENT_REVISION_FIELD.FIELD_NAME,
                            CONTENT_REVISION_FIELD.FIELD_VALUE)
                    .from(CONTENT_REVISION_FIELD)
                    .where(DSL.row(CONTENT_REVISION_FIELD.ITEM_ID, CONTENT_REVISION_FIELD.LANGUAGE_CODE, CONTENT_REVISION_FIELD.VERSION).in(chunk))
                    .forEach(row -> old.computeIfAbsent(new Key(row.value1(), row.value2()), key -> new HashMap<>()).put(row.value3(), row.value4()));
        }
        Map<Long, Map<String, List<String>>> outdated = new HashMap<>();
        for (ItemTexts item : items) {
            LanguageText main = item.texts().get(item.defaultLanguage());
            if (main == null) {
                continue;
            }
            item.texts().forEach((language, text) -> {
                if (language.equals(item.defaultLanguage()) || text.sourceVersion() == null || text.sourceVersion() == main.version()) {
                    return;
                }
                Map<String, String> then = old.getOrDefault(new Key(item.itemId(), text.sourceVersion()), Map.of());
                List<String> fields = Revisions.changed(item.kind(), then, main.text().fields()).stream()
                        // A field the translation does not have is missing, not outdated.
                        .filter(field -> text.text().fields().containsKey(field))
                        .toList();
                if (!fields.isEmpty()) {
                    outdated.computeIfAbsent(item.itemId(), id -> new HashMap<>()).put(language, fields);
                }
            });
        }
        return outdated;
    }

    /** The outdated fields of one translation, in the kind's order; empty when it is current. */
    public List<String> fields(ItemKind kind, String slug, String language) {
        return byLanguage(kind, slug).getOrDefault(language, List.of());
    }

    /** The outdated fields of each translation of an item, by language; current translations are left out. */
    public Map<String, List<String>> byLanguage(ItemKind kind, String slug) {
        ItemRef ref = TextWorkflow.ref(dsl, kind, slug);
        Map<String, LanguageText> texts = ContentTexts.of(dsl, ref.id());
        return of(dsl, List.of(new ItemTexts(ref.id(), kind, ref.defaultLanguage(), texts))).getOrDefault(ref.id(), Map.of());
    }

    /**
     * Records that the translation still says what its source says now: its outdated fields are
     * cleared without changing its text.
     */
    public void confirm(ItemKind kind, String slug, String language, Actor actor) {
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            ItemRef ref = TextWorkflow.ref(tx, kind, slug);
            LanguageText main = ContentTexts.one(tx, ref.id(), ref.defaultLanguage());
            if (main == null || language.equals(ref.defaultLanguage()) || ContentTexts.one(tx, ref.id(), language) == null) {
                throw new ContentNotFoundException(kind.name().toLowerCase(java.util.Locale.ROOT), slug + "/" + language);
            }
            writer.confirmSource(tx, actor, ref, language, main.version());
        });
    }
}
