package org.proximite.chapter.format.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.proximite.chapter.api.ChapterLayout;
import org.proximite.chapter.api.ContentStatus;
import org.proximite.chapter.api.ContextPageEntry;
import org.proximite.chapter.api.EvidenceLevel;
import org.proximite.chapter.api.InitiativeEntry;
import org.proximite.chapter.api.OutcomeDirection;
import org.proximite.chapter.api.OutcomeEntry;
import org.proximite.chapter.api.InitiativeEntry.InitiativeText;
import org.proximite.chapter.api.PracticeEntry;
import org.proximite.chapter.api.PracticeEntry.PracticeText;
import org.proximite.chapter.api.ResourceEntry;
import org.proximite.chapter.format.ItemKind;
import org.proximite.chapter.format.TextField;

/**
 * Reads the items that live one per file with texts per language: practices, initiatives and
 * context pages ({@code SLUG.yaml} with a block per language, and {@code SLUG.LANG.md} bodies).
 * A text in a language the chapter does not declare, or a body without the texts that go with it,
 * is reported, never dropped without a word.
 */
final class ItemReader {

    private final ChapterFiles files;
    private final Set<String> declared;
    private final List<YamlFields> read;

    /**
     * @param declared the chapter's languages; null when its descriptor could not be read
     * @param read where every YAML mapping read goes, to report the fields nobody asked for
     */
    ItemReader(ChapterFiles files, Set<String> declared, List<YamlFields> read) {
        this.files = files;
        this.declared = declared;
        this.read = read;
    }

    List<PracticeEntry> practices() {
        List<PracticeEntry> practices = new ArrayList<>();
        forEachItem(ChapterLayout.PRACTICES, (slug, practice, bodies) -> {
            Map<String, PracticeText> texts = texts(practice, bodies, ItemKind.PRACTICE, PracticeText.class);
            List<OutcomeEntry> outcomes = outcomes(practice);
            String levelCode = practice.string("evidenceLevel", outcomes.isEmpty());
            EvidenceLevel level = levelCode == null ? null : EvidenceLevel.fromCode(levelCode).orElse(null);
            if (levelCode != null && level == null) {
                practice.problem("evidenceLevel", "content.evidence-level.unknown", levelCode,
                        java.util.Arrays.stream(EvidenceLevel.values()).map(EvidenceLevel::code).collect(Collectors.joining(", ")));
            }
            practices.add(new PracticeEntry(
                    slug,
                    practice.strings("themes"),
                    level,
                    status(practice),
                    practice.strings("related"),
                    practice.objects("resources").stream()
                            .map(resource -> new ResourceEntry(
                                    resource.has("kind") ? resource.string("kind", true) : "link",
                                    resource.string("language", false),
                                    resource.string("label", true),
                                    resource.string("url", true)))
                            .toList(),
                    practice.strings("sources"),
                    outcomes,
                    texts));
        });
        return practices;
    }

    List<InitiativeEntry> initiatives() {
        List<InitiativeEntry> initiatives = new ArrayList<>();
        forEachItem(ChapterLayout.INITIATIVES, (slug, initiative, bodies) -> {
            Map<String, InitiativeText> texts = texts(initiative, bodies, ItemKind.INITIATIVE, InitiativeText.class);
            YamlFields participants = initiative.object("participants");
            initiatives.add(new InitiativeEntry(
                    slug,
                    initiative.string("kind", true),
                    initiative.string("country", false),
                    initiative.string("locality", false),
                    initiative.date("startDate"),
                    initiative.date("endDate"),
                    initiative.integer("year"),
                    initiative.flag("planned"),
                    participants == null ? null : participants.integer("total"),
                    participants == null ? Map.of() : participants.integers("groups"),
                    initiative.strings("organisations"),
                    initiative.strings("practices"),
                    status(initiative),
                    initiative.strings("sources"),
                    texts));
        });
        return initiatives;
    }

    List<ContextPageEntry> contextPages() {
        List<ContextPageEntry> pages = new ArrayList<>();
        forEachItem(ChapterLayout.CONTEXT, (slug, page, bodies) -> {
            Map<String, ContextPageEntry.PageText> texts = new LinkedHashMap<>();
            for (String language : languageKeys(page)) {
                YamlFields text = page.object(language);
                if (text != null) {
                    String body = bodies.containsKey(language) ? files.text(bodies.get(language)) : null;
                    texts.put(language, new ContextPageEntry.PageText(text.string("title", true), body));
                }
            }
            unmatchedBodies(page, bodies);
            pages.add(new ContextPageEntry(slug, page.strings("sources"), texts));
        });
        return pages;
    }

    /** A practice's outcomes, each rated on its own; codes nobody knows are reported, not dropped. */
    private static List<OutcomeEntry> outcomes(YamlFields practice) {
        List<OutcomeEntry> outcomes = new ArrayList<>();
        List<YamlFields> objects = practice.objects("outcomes");
        for (YamlFields outcome : objects) {
            String directionCode = outcome.string("direction", true);
            OutcomeDirection direction = directionCode == null ? null : OutcomeDirection.fromCode(directionCode).orElse(null);
            if (directionCode != null && direction == null) {
                outcome.problem("direction", "content.outcome.direction.unknown", directionCode,
                        java.util.Arrays.stream(OutcomeDirection.values()).map(OutcomeDirection::code).collect(Collectors.joining(", ")));
            }
            String levelCode = outcome.string("level", true);
            EvidenceLevel level = levelCode == null ? null : EvidenceLevel.fromCode(levelCode).orElse(null);
            if (levelCode != null && level == null) {
                outcome.problem("level", "content.evidence-level.unknown", levelCode,
                        java.util.Arrays.stream(EvidenceLevel.values()).map(EvidenceLevel::code).collect(Collectors.joining(", ")));
            }
            outcomes.add(new OutcomeEntry(outcome.string("outcome", true), direction, level, outcome.strings("sources")));
        }
        return outcomes;
    }

    private interface ItemVisitor {
        void visit(String slug, YamlFields item, Map<String, String> bodies);
    }

    private void forEachItem(String folder, ItemVisitor visitor) {
        List<String> names = files.list(folder, ".yaml");
        MarkdownBodies bodies = MarkdownBodies.of(files, folder, slugs(names, folder));
        for (String name : names) {
            String slug = slugOf(name, folder);
            YamlFields item = files.yaml(name);
            read.add(item);
            visitor.visit(slug, item, bodies.of(slug));
        }
    }

    /** One language's texts per language block, with the fields the item kind describes. */
    private <T extends Record> Map<String, T> texts(YamlFields item, Map<String, String> bodies, ItemKind kind, Class<T> type) {
        Map<String, T> texts = new LinkedHashMap<>();
        for (String language : languageKeys(item)) {
            YamlFields text = item.object(language);
            if (text == null) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (TextField field : kind.textFields()) {
                if (field.name().equals(ItemTexts.BODY)) {
                    values.put(field.name(), bodies.containsKey(language) ? files.text(bodies.get(language)) : null);
                } else {
                    values.put(field.name(), text.string(field.name(), field.required()));
                }
            }
            texts.put(language, ItemTexts.create(type, values));
        }
        unmatchedBodies(item, bodies);
        return texts;
    }

    /** A body in a language the YAML has no texts for would never be shown: say why. */
    private void unmatchedBodies(YamlFields item, Map<String, String> bodies) {
        if (!item.isReadable() || declared == null) {
            return; // the YAML's or the descriptor's own problem is the one to fix first
        }
        // A block that is there but malformed has its own problem already.
        List<String> blocks = languageKeys(item);
        bodies.forEach((language, body) -> {
            if (!declared.contains(language)) {
                files.problem(body, "", "content.language.undeclared", language, String.join(", ", declared));
            } else if (!blocks.contains(language)) {
                files.problem(body, "", "content.body.without-texts", language, item.file());
            }
        });
    }

    private static ContentStatus status(YamlFields fields) {
        String code = fields.string("status", false);
        if (code == null) {
            return ContentStatus.PUBLISHED;
        }
        return ContentStatus.fromCode(code).filter(status -> status != ContentStatus.ARCHIVED).orElseGet(() -> {
            fields.problem("status", "content.status.unknown", code);
            return ContentStatus.DRAFT;
        });
    }

    /** Keys that look like language codes ({@code fr}, {@code pt-BR}, {@code xx-zz}) hold texts. */
    static List<String> languageKeys(YamlFields fields) {
        return fields.keys().stream().filter(LanguageTags::looksLikeLanguage).sorted().toList();
    }

    static String slugOf(String name, String folder) {
        return name.substring(folder.length(), name.length() - ".yaml".length());
    }

    static Set<String> slugs(List<String> names, String folder) {
        return names.stream().map(name -> slugOf(name, folder)).collect(Collectors.toSet());
    }
}
