package org.proximite.core.chapter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.proximite.chapter.api.InitiativeEntry;
import org.proximite.chapter.api.InitiativeEntry.InitiativeText;
import org.proximite.chapter.api.OutcomeEntry;
import org.proximite.chapter.api.PracticeEntry;
import org.proximite.chapter.api.PracticeEntry.PracticeText;
import org.proximite.chapter.api.ResourceEntry;
import org.proximite.chapter.api.SourceEntry;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.content.ItemText;
import org.proximite.core.content.Resource;
import org.proximite.core.content.Source;
import org.proximite.core.practice.PracticeOutcome;

/**
 * Where a chapter's records (the SDK's types) become the domain's: the only place core reads
 * {@code PracticeText} or {@code InitiativeText}, so the SDK can stay stable while the domain grows.
 */
public final class ChapterEntries {

    private ChapterEntries() {}

    public static Map<String, ItemText> texts(PracticeEntry practice) {
        Map<String, ItemText> texts = new LinkedHashMap<>();
        practice.texts().forEach((language, text) -> texts.put(language, text(text)));
        return texts;
    }

    public static Map<String, ItemText> texts(InitiativeEntry initiative) {
        Map<String, ItemText> texts = new LinkedHashMap<>();
        initiative.texts().forEach((language, text) -> texts.put(language, text(text)));
        return texts;
    }

    public static ItemText text(PracticeText text) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", text.title());
        fields.put("summary", text.summary());
        fields.put("body", text.body());
        fields.put("effect", text.effect());
        fields.put("mechanism", text.mechanism());
        fields.put("context", text.context());
        fields.put("implementation", text.implementation());
        fields.put("cost", text.cost());
        return ItemText.of(ItemKind.PRACTICE, fields);
    }

    public static ItemText text(InitiativeText text) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", text.title());
        fields.put("summary", text.summary());
        fields.put("body", text.body());
        fields.put("outcomes", text.outcomes());
        return ItemText.of(ItemKind.INITIATIVE, fields);
    }

    /** The SDK's view of a practice's text, for a chapter's {@code PracticeCheck}. */
    public static PracticeText practiceText(ItemText text) {
        return new PracticeText(text.get("title"), text.get("summary"), text.get("body"), text.get("effect"), text.get("mechanism"),
                text.get("context"), text.get("implementation"), text.get("cost"));
    }

    /**
     * An item's numbered references: the sources it cites itself, then those only its outcomes
     * cite, each once, in the order of first citation.
     */
    public static List<Source> references(List<String> itemSources, List<OutcomeEntry> outcomes, Map<String, SourceEntry> declared) {
        Set<String> keys = new LinkedHashSet<>(itemSources);
        outcomes.forEach(outcome -> keys.addAll(outcome.sources()));
        return keys.stream().map(declared::get).filter(Objects::nonNull).map(ChapterEntries::source).toList();
    }

    /** A practice's outcomes, citing its references (as {@link #references} numbers them) by number. */
    public static List<PracticeOutcome> outcomes(PracticeEntry practice) {
        List<String> keys = new ArrayList<>(new LinkedHashSet<>(practice.sources()));
        practice.outcomes().forEach(outcome -> outcome.sources().stream().filter(key -> !keys.contains(key)).forEach(keys::add));
        return practice.outcomes().stream()
                .map(outcome -> new PracticeOutcome(outcome.outcome(), outcome.direction(), outcome.level(),
                        outcome.sources().stream().map(key -> keys.indexOf(key) + 1).distinct().toList()))
                .toList();
    }

    public static Source source(SourceEntry source) {
        return new Source(source.title(), source.author(), source.date(), source.url(), source.consulted(), source.language(), source.note());
    }

    public static Map<String, SourceEntry> sourcesByKey(List<SourceEntry> sources) {
        Map<String, SourceEntry> byKey = new LinkedHashMap<>();
        sources.forEach(source -> byKey.put(source.key(), source));
        return byKey;
    }

    public static List<Resource> resources(List<ResourceEntry> resources) {
        return resources.stream().map(resource -> new Resource(resource.kind(), resource.language(), resource.label(), resource.url())).toList();
    }
}
