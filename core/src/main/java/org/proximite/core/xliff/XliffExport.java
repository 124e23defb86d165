package org.proximite.core.xliff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.proximite.chapter.format.TextField;
import org.proximite.core.actor.Actor;
import org.proximite.core.actor.NotAllowedException;
import org.proximite.core.actor.Role;
import org.proximite.core.content.ContentTexts;
import org.proximite.core.content.LanguageText;
import org.proximite.core.language.LanguageQueries;
import org.proximite.core.workflow.OutdatedTranslations;
import org.springframework.stereotype.Service;

/**
 * Exports a selection of practices and initiatives for a translator, from a source language to a
 * target language: each item's text in the source language as it is now (drafts included), with
 * the current translation when there is one, and the translations whose source changed since
 * they were written marked outdated field by field. The items and their texts are read in three
 * statements whatever their number.
 */
@Service
public class XliffExport {

    private final DSLContext dsl;
    private final LanguageQueries languages;
    private final OutdatedTranslations outdated;

    public XliffExport(DSLContext dsl, LanguageQueries languages, OutdatedTranslations outdated) {
        this.dsl = dsl;
        this.languages = languages;
        this.outdated = outdated;
    }

    /** What to export: items (in this order), from one language to another. */
    public record Selection(List<ItemKey> items, String sourceLanguage, String targetLanguage) {

        public Selection {
            items = List.copyOf(new LinkedHashSet<>(items));
        }
    }

    /** The file made: a name to save it under, its bytes (UTF-8), how many items and fields it holds. */
    public record Exported(String fileName, byte[] bytes, int items, int units) {}

    /**
     * The selection as an XLIFF 2.0 document, for people who work on content.
     *
     * @throws XliffRefusedException when nothing is chosen, too much, an item that does not exist
     *     or has no text in the source language, an unknown language, or when the file would be
     *     larger than an import takes
     * @throws NotAllowedException when the actor has no content role
     */
    public Exported export(Selection selection, Actor actor) {
        if (!actor.maySeeDrafts()) {
            throw new NotAllowedException(actor.name(), "denied.role", Role.COORDINATOR.name());
        }
        XliffLanguages.Pair pair = XliffLanguages.check(languages, selection.sourceLanguage(), selection.targetLanguage());
        if (selection.items().isEmpty()) {
            throw new XliffRefusedException(XliffRefusedException.NOTHING_CHOSEN);
        }
        if (selection.items().size() > XliffReader.MAX_FILES) {
            throw new XliffRefusedException(XliffRefusedException.TOO_MANY_ITEMS, selection.items().size(), XliffReader.MAX_FILES);
        }
        Map<ItemKey, StoredItems.Stored> stored = StoredItems.find(dsl, selection.items());
        List<String> unknown = selection.items().stream().filter(key -> !stored.containsKey(key)).map(ItemKey::fileId).toList();
        if (!unknown.isEmpty()) {
            throw new XliffRefusedException(XliffRefusedException.UNKNOWN_ITEMS, String.join(", ", unknown));
        }
        Map<Long, Map<String, LanguageText>> texts = ContentTexts.ofItems(dsl, stored.values().stream().map(StoredItems.Stored::id).toList());
        List<String> withoutSource = selection.items().stream()
                .filter(key -> !texts.getOrDefault(stored.get(key).id(), Map.of()).containsKey(pair.source()))
                .map(ItemKey::fileId).toList();
        if (!withoutSource.isEmpty()) {
            throw new XliffRefusedException(XliffRefusedException.NO_SOURCE, String.join(", ", withoutSource), pair.source());
        }
        Map<Long, Map<String, List<String>>> stale = outdated.of(dsl, stored.values().stream()
                .map(item -> new OutdatedTranslations.ItemTexts(item.id(), item.key().kind(), item.defaultLanguage(), texts.get(item.id())))
                .toList());
        List<XliffWriter.Item> items = new ArrayList<>();
        int units = 0;
        for (ItemKey key : selection.items()) {
            StoredItems.Stored item = stored.get(key);
            XliffWriter.Item written = item(item, texts.get(item.id()), pair,
                    stale.getOrDefault(item.id(), Map.of()).getOrDefault(pair.target(), List.of()));
            units += written.fields().size();
            items.add(written);
        }
        byte[] bytes = XliffWriter.write(pair.source(), pair.target(), items);
        if (bytes.length > XliffReader.MAX_BYTES) {
            throw new XliffRefusedException(XliffRefusedException.EXPORT_TOO_LARGE, XliffRefusedException.megabytes(bytes.length),
                    XliffRefusedException.megabytes(XliffReader.MAX_BYTES));
        }
        return new Exported(fileName(selection.items(), pair), bytes, items.size(), units);
    }

    /**
     * One item's fields that have a source text, in the kind's order. A translation is outdated
     * against its item's default language: marked only when that is the source.
     */
    private static XliffWriter.Item item(StoredItems.Stored item, Map<String, LanguageText> texts, XliffLanguages.Pair pair, List<String> outdatedFields) {
        LanguageText source = texts.get(pair.source());
        LanguageText target = texts.get(pair.target());
        boolean fromDefault = pair.source().equals(item.defaultLanguage());
        List<XliffWriter.Field> fields = new ArrayList<>();
        for (TextField field : item.key().kind().textFields()) {
            String value = source.text().get(field.name());
            if (value != null) {
                fields.add(new XliffWriter.Field(field.name(), value, target == null ? null : target.text().get(field.name()),
                        fromDefault && outdatedFields.contains(field.name())));
            }
        }
        return new XliffWriter.Item(item.key().fileId(), source.version(), target == null ? 0 : target.version(), fields);
    }

    private static String fileName(List<ItemKey> items, XliffLanguages.Pair pair) {
        String languages = pair.source() + "-" + pair.target() + ".xlf";
        return items.size() == 1 ? items.getFirst().slug() + "." + languages : "proximite-" + items.size() + "-items." + languages;
    }
}
