package org.proximite.web.editing;

import com.vaadin.flow.component.Component;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.content.ItemDraft;
import org.proximite.core.content.LanguageText;
import org.proximite.core.content.Resource;
import org.proximite.core.content.Source;
import org.proximite.core.editing.EditConflict;
import org.proximite.web.content.FieldLabels;

/**
 * The fields of a conflict as a person reads them: named in their language with the language of
 * the text, each value in words (a state by its name, a language by its own name, sources and
 * resources one a line, themes and practices by name where the kind knows them), and who saved the
 * other value and when.
 */
final class ConflictFields {

    /**
     * Who last saved the item's own parts and when, where it is known.
     *
     * @param by null when unknown
     */
    record SavedBy(String by, OffsetDateTime at) {}

    private ConflictFields() {}

    /**
     * @param mine the editor's item, as the fields hold it
     * @param theirs the item as stored now
     * @param mineDescribed a part of the item (themes, related practices, the kind's own fields) as the kind describes it in the
     *     editor's draft, or null to describe it here
     * @param theirsDescribed the same, in the stored item
     * @param itemSavedBy who last saved the item's own parts
     */
    static List<ConflictDialog.Field> of(Component words, ItemKind kind, List<EditConflict> conflicts, ItemDraft mine, ItemDraft theirs,
            Map<String, String> languageNames, Function<String, String> mineDescribed, Function<String, String> theirsDescribed,
            SavedBy itemSavedBy) {
        List<ConflictDialog.Field> fields = new ArrayList<>();
        for (EditConflict conflict : conflicts) {
            String language = conflict.language();
            if (language != null) {
                LanguageText stored = theirs.texts().get(language);
                boolean text = !conflict.field().equals("state");
                String name = words.getTranslation("editor.conflict.in-language", text ? FieldLabels.of(words, kind, conflict.field())
                        : words.getTranslation("editor.state"), languageNames.getOrDefault(language, language));
                fields.add(new ConflictDialog.Field(conflict.key(), name,
                        textValue(words, theirs.texts().get(language), conflict),
                        savedBy(words, stored == null ? null : new SavedBy(stored.updatedBy(), stored.updatedAt())),
                        textValue(words, mine.texts().get(language), conflict), text, text ? language : null));
            } else {
                String part = conflict.field();
                String theirsValue = theirsDescribed.apply(part);
                String mineValue = mineDescribed.apply(part);
                fields.add(new ConflictDialog.Field(conflict.key(), partName(words, part),
                        theirsValue != null ? theirsValue : partValue(words, part, theirs, languageNames),
                        savedBy(words, itemSavedBy),
                        mineValue != null ? mineValue : partValue(words, part, mine, languageNames), false, null));
            }
        }
        return fields;
    }

    private static String textValue(Component words, LanguageText text, EditConflict conflict) {
        if (text == null) {
            return null;
        }
        if (conflict.field().equals("state")) {
            return words.getTranslation("status." + text.state().name().toLowerCase(Locale.ROOT));
        }
        return text.text().get(conflict.field());
    }

    private static String partName(Component words, String part) {
        return switch (part) {
            case "slug" -> words.getTranslation("editor.slug");
            case "defaultLanguage" -> words.getTranslation("editor.default-language");
            case "archived" -> words.getTranslation("editor.archived");
            case "themes" -> words.getTranslation("editor.themes");
            case "sources" -> words.getTranslation("editor.sources");
            case "resources" -> words.getTranslation("editor.resources");
            case "related" -> words.getTranslation("editor.related");
            case org.proximite.core.practice.PracticeDraft.OWN_FIELDS -> words.getTranslation("editor.conflict.evidence");
            case org.proximite.core.initiative.InitiativeDraft.OWN_FIELDS -> words.getTranslation("editor.conflict.facts");
            default -> part;
        };
    }

    private static String partValue(Component words, String part, ItemDraft item, Map<String, String> languageNames) {
        return switch (part) {
            case "slug" -> item.slug();
            case "defaultLanguage" -> languageNames.getOrDefault(item.defaultLanguage(), item.defaultLanguage());
            case "archived" -> words.getTranslation(item.archived() ? "editor.conflict.archived" : "editor.conflict.not-archived");
            case "themes" -> String.join(", ", item.themeSlugs());
            case "related" -> String.join(", ", item.relatedSlugs());
            case "sources" -> item.sources().stream().map(Source::title).collect(Collectors.joining("\n"));
            case "resources" -> item.resources().stream().map(ConflictFields::resource).collect(Collectors.joining("\n"));
            default -> null;
        };
    }

    private static String resource(Resource resource) {
        return resource.label() + " — " + resource.url() + (resource.language() == null ? "" : " (" + resource.language() + ")");
    }

    private static String savedBy(Component words, SavedBy saved) {
        if (saved == null || saved.by() == null || saved.at() == null) {
            return words.getTranslation("editor.conflict.saved-meanwhile");
        }
        Locale locale = words.getUI().map(com.vaadin.flow.component.UI::getLocale).orElse(Locale.getDefault());
        return words.getTranslation("editor.conflict.saved-by", saved.by(), DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(locale).format(saved.at().atZoneSameInstant(ZoneOffset.UTC)) + " UTC");
    }
}
