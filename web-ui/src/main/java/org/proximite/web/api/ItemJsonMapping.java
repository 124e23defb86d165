package org.proximite.web.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.content.ItemDraft;
import org.proximite.core.content.ItemText;
import org.proximite.core.content.LanguageText;
import org.proximite.core.content.Source;
import org.proximite.core.content.TextState;
import org.proximite.core.editing.FieldProblem;
import org.proximite.core.editing.InvalidEditException;
import org.proximite.core.exchange.ItemCopy;
import org.proximite.core.exchange.SentItem;
import org.proximite.core.exchange.SentText;

/**
 * What every item has, between its JSON and the core's records; each kind adds its own fields
 * ({@link OwnJson}). Words a tool sends wrong (a state, a level) are field problems, like the
 * core's own checks.
 *
 * @param <O> the kind's own fields
 */
final class ItemJsonMapping<O> {

    /** A kind's own fields, to and from JSON. */
    interface OwnJson<O> {

        /** The JSON with the kind's fields set from {@code own}. */
        ItemJson with(ItemJson json, O own);

        /** The kind's fields the JSON sends, or null when it sends none; problems are added to {@code problems}. */
        O read(ItemJson json, List<FieldProblem> problems);
    }

    private final ItemKind kind;
    private final OwnJson<O> own;

    ItemJsonMapping(ItemKind kind, OwnJson<O> own) {
        this.kind = kind;
        this.own = own;
    }

    ItemJson toJson(ItemCopy<O> copy) {
        ItemDraft item = copy.item();
        Map<String, ItemJson.TextJson> texts = new LinkedHashMap<>();
        item.texts().forEach((language, text) -> texts.put(language, new ItemJson.TextJson(text.state().name(), text.version(),
                text.publishedVersion(), text.sourceVersion(), copy.outdatedFields().getOrDefault(language, List.of()), text.updatedAt(),
                text.updatedBy(), text.text().fields())));
        List<ItemJson.SourceJson> sources = item.sources().stream()
                .map(s -> new ItemJson.SourceJson(s.title(), s.author(), s.date(), s.url(), s.consulted(), s.language(), s.note()))
                .toList();
        ItemJson json = new ItemJson(item.slug(), item.version(), item.chapterId(), item.defaultLanguage(), item.archived(), item.themeSlugs(),
                sources, null, null, null, null, null, texts);
        return own.with(json, copy.own());
    }

    /** @throws InvalidEditException when the JSON names an unknown state or sends a wrong value of the kind's fields */
    SentItem<O> fromJson(ItemJson json) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, SentText> texts = new LinkedHashMap<>();
        if (json.texts() != null) {
            json.texts().forEach((language, text) -> {
                if (text == null) {
                    problems.add(new FieldProblem(language, "validation.required"));
                    return;
                }
                TextState state = null;
                if (text.state() != null) {
                    try {
                        state = TextState.valueOf(text.state().strip().toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        problems.add(new FieldProblem(language + ".state", "validation.unknownState", text.state()));
                    }
                }
                texts.put(language, new SentText(state, text.version() == null ? 0 : text.version(),
                        text.fields() == null ? null : ItemText.of(kind, text.fields())));
            });
        }
        List<Source> sources = json.sources() == null ? null : json.sources().stream()
                .map(s -> new Source(s.title(), s.author(), s.date(), s.url(), s.consulted(), s.language(), s.note()))
                .toList();
        O ownFields = own.read(json, problems);
        if (!problems.isEmpty()) {
            throw new InvalidEditException(problems);
        }
        return new SentItem<>(json.version() == null ? 0 : json.version(), json.slug(), json.chapter(), json.defaultLanguage(), json.archived(),
                json.themes(), sources, texts, ownFields);
    }

    /** One language's text as the workflow answers it. */
    static ItemJson.TextJson text(LanguageText text) {
        return new ItemJson.TextJson(text.state().name(), text.version(), text.publishedVersion(), text.sourceVersion(), null, text.updatedAt(),
                text.updatedBy(), text.text().fields());
    }
}
