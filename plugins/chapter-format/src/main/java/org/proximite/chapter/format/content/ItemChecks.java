package org.proximite.chapter.format.content;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.proximite.chapter.api.AdaptationEntry;
import org.proximite.chapter.api.ChapterLayout;
import org.proximite.chapter.api.InitiativeEntry;
import org.proximite.chapter.api.PracticeEntry;
import org.proximite.chapter.api.ResourceEntry;
import org.proximite.chapter.format.ChapterProblem;
import org.proximite.chapter.format.HostFacts;
import org.proximite.chapter.format.ItemKind;
import org.proximite.chapter.format.TextField;
import org.proximite.chapter.format.content.References.Referent;

/**
 * The checks of a chapter's practices, initiatives and adaptations: their references, their slugs
 * against what the host already has, and their texts field by field as {@link ItemKind}
 * describes them.
 */
final class ItemChecks {

    private final String pluginId;
    private final HostFacts facts;
    private final TextRules texts;
    private final References references;
    private final List<ChapterProblem> problems;
    private final SourceChecks sources;
    private final Set<String> sourceKeys;

    ItemChecks(String pluginId, HostFacts facts, TextRules texts, References references, List<ChapterProblem> problems,
            SourceChecks sources, Set<String> sourceKeys) {
        this.sources = sources;
        this.sourceKeys = sourceKeys;
        this.pluginId = pluginId;
        this.facts = facts;
        this.texts = texts;
        this.references = references;
        this.problems = problems;
    }

    void practices(List<PracticeEntry> practices, Set<String> themes) {
        Set<String> slugs = new HashSet<>();
        practices.forEach(practice -> slugs.add(practice.slug()));
        Set<String> seen = new HashSet<>();
        for (PracticeEntry practice : practices) {
            String file = ChapterLayout.PRACTICES + practice.slug() + ".yaml";
            references.unique(file, "slug", practice.slug(), seen);
            notTaken(file, practice.slug(), facts.practiceOwners());
            if (practice.themes().isEmpty()) {
                problem(file, "themes", "content.themes.none");
            }
            references.exist(file, "themes", practice.themes(), themes, Referent.THEME);
            references.exist(file, "related", practice.related(), slugs, Referent.PRACTICE);
            if (practice.related().contains(practice.slug())) {
                problem(file, "related", "content.related.itself");
            }
            for (int i = 0; i < practice.resources().size(); i++) {
                resource(file, "resources[" + i + "]", practice.resources().get(i));
            }
            sources.practice(file, practice, sourceKeys);
            texts.blocks(file, "", practice.texts().keySet());
            practice.texts().forEach((language, text) -> itemTexts(ItemKind.PRACTICE, file, practice.slug(), language, text));
        }
    }

    /** @param practices the practices initiatives may apply: the chapter's own and its dependencies' */
    void initiatives(List<InitiativeEntry> initiatives, Set<String> organisations, Set<String> practices) {
        Set<String> seen = new HashSet<>();
        for (InitiativeEntry initiative : initiatives) {
            String file = ChapterLayout.INITIATIVES + initiative.slug() + ".yaml";
            references.unique(file, "slug", initiative.slug(), seen);
            notTaken(file, initiative.slug(), facts.initiativeOwners());
            if (initiative.kind() != null && !ChapterLayout.isValidSlug(initiative.kind())) {
                problem(file, "kind", "content.initiative.kind.malformed");
            }
            references.country(file, "country", initiative.countryCode());
            texts.plain(file, "locality", initiative.locality(), TextField.LOCALITY_LENGTH);
            if (initiative.startDate() != null && initiative.endDate() != null && initiative.endDate().isBefore(initiative.startDate())) {
                problem(file, "endDate", "content.dates.reversed");
            }
            if (initiative.participantsTotal() != null && initiative.participantsTotal() < 0) {
                problem(file, "participants.total", "content.number.negative");
            }
            initiative.participantsByGroup().forEach((group, count) -> {
                references.exists(file, "participants.groups." + group, group, facts.stakeholderGroups(), Referent.STAKEHOLDER_GROUP);
                if (count < 0) {
                    problem(file, "participants.groups." + group, "content.number.negative");
                }
            });
            references.exist(file, "organisations", initiative.organisations(), organisations, Referent.ORGANISATION);
            if (facts.dependencyPracticesKnown()) {
                references.exist(file, "practices", initiative.practices(), practices, Referent.PRACTICE);
            }
            sources.initiative(file, initiative, sourceKeys);
            texts.blocks(file, "", initiative.texts().keySet());
            initiative.texts().forEach((language, text) -> itemTexts(ItemKind.INITIATIVE, file, initiative.slug(), language, text));
        }
    }

    void adaptations(List<AdaptationEntry> adaptations) {
        for (AdaptationEntry adaptation : adaptations) {
            String file = ChapterLayout.ADAPTATIONS + adaptation.practice() + ".yaml";
            if (facts.dependencyPracticesKnown()) {
                references.exists(file, "practice", adaptation.practice(), facts.dependencyPractices(), Referent.DEPENDENCY_PRACTICE);
            }
            texts.localized(file, "rationale", adaptation.rationale(), true, TextField.SUMMARY_LENGTH);
            if (adaptation.fields().isEmpty()) {
                problem(file, "texts", "content.adaptation.empty");
            }
            adaptation.fields().forEach((language, fields) -> {
                texts.language(file, "texts." + language, language);
                fields.forEach((field, value) -> ItemKind.PRACTICE.textField(field).ifPresent(described -> {
                    boolean body = field.equals(ItemTexts.BODY);
                    texts.field(body ? ChapterLayout.ADAPTATIONS + adaptation.practice() + "." + language + ".md" : file,
                            body ? "" : "texts." + language + "." + field, value, described);
                }));
            });
        }
    }

    private void resource(String file, String field, ResourceEntry resource) {
        if (!Set.of("link", "file").contains(resource.kind())) {
            problem(file, field + ".kind", "content.resource.kind");
        }
        texts.plain(file, field + ".label", resource.label(), TextField.TITLE_LENGTH);
        references.url(file, field + ".url", resource.url());
        if (resource.language() != null) {
            texts.language(file, field + ".language", resource.language());
        }
    }

    /** A practice or initiative slug is the item's address: another chapter's, or the site's, cannot be taken. */
    private void notTaken(String file, String slug, Map<String, String> owners) {
        String owner = owners.get(slug);
        if (owner == null || owner.equals(pluginId)) {
            return;
        }
        if (owner.equals(HostFacts.SITE)) {
            problem(file, "slug", "content.slug.taken.site", slug);
        } else {
            problem(file, "slug", "content.slug.taken.chapter", slug, owner);
        }
    }

    /**
     * One language's texts of a practice or an initiative, field by field as the item kind
     * describes them; the body lives in its own Markdown file beside the YAML.
     */
    private void itemTexts(ItemKind kind, String file, String slug, String language, Record text) {
        Map<String, String> values = ItemTexts.values(text);
        for (TextField field : kind.textFields()) {
            boolean body = field.name().equals(ItemTexts.BODY);
            texts.field(body ? ChapterLayout.ROOT + kind.folder() + "/" + slug + "." + language + ".md" : file,
                    body ? "" : language + "." + field.name(), values.get(field.name()), field);
        }
    }

    private void problem(String file, String field, String code, Object... arguments) {
        problems.add(ChapterProblem.of(file, field, code, arguments));
    }
}
