package org.proximite.chapter.format.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.proximite.chapter.api.AdaptationEntry;
import org.proximite.chapter.api.BrandingEntry;
import org.proximite.chapter.api.ChapterContent;
import org.proximite.chapter.api.ChapterDescriptor;
import org.proximite.chapter.api.ChapterLayout;
import org.proximite.chapter.api.OrganisationEntry;
import org.proximite.chapter.api.ProjectEntry;
import org.proximite.chapter.api.ProjectEntry.ProjectText;
import org.proximite.chapter.api.TermEntry;
import org.proximite.chapter.api.SourceEntry;
import org.proximite.chapter.api.ThemeEntry;
import org.proximite.chapter.format.ChapterProblem;
import org.proximite.chapter.format.ChapterRefusedException;

/**
 * Reads a chapter's files, laid out as {@link ChapterLayout} says, from a folder or from the root
 * of an opened jar. It reports every problem it meets, with file and field, rather than the first;
 * a file it cannot read or parse is reported once, with the line and column where it goes wrong.
 */
public class ChapterContentReader {

    /**
     * @throws ChapterRefusedException with every problem found, each naming its file and field
     */
    public ChapterContent read(Path root) throws ChapterRefusedException {
        List<ChapterProblem> problems = new ArrayList<>();
        ChapterFiles files = new ChapterFiles(root, problems);
        if (!files.isFile(ChapterLayout.DESCRIPTOR)) {
            throw ChapterRefusedException.of(List.of(ChapterProblem.of(ChapterLayout.DESCRIPTOR, "", "content.file.missing")));
        }
        YamlFields descriptorFields = files.yaml(ChapterLayout.DESCRIPTOR);
        ChapterDescriptor descriptor = descriptor(descriptorFields);
        // Texts in undeclared languages can only be told apart when the declaration itself was read.
        Set<String> declared = descriptorFields.isReadable() && !descriptor.languages().isEmpty()
                ? Set.copyOf(descriptor.languages()) : null;
        List<YamlFields> read = new ArrayList<>(List.of(descriptorFields));
        ItemReader items = new ItemReader(files, declared, read);
        ChapterContent content = new ChapterContent(
                descriptor,
                themes(files, read),
                organisations(files, read),
                projects(files, read),
                items.practices(),
                items.initiatives(),
                items.contextPages(),
                adaptations(files, read),
                terms(files, read),
                sources(files, read),
                uiMessages(files),
                branding(files, read));
        read.forEach(YamlFields::reportUnknownFields);
        if (!problems.isEmpty()) {
            throw ChapterRefusedException.of(problems);
        }
        return content;
    }

    private static ChapterDescriptor descriptor(YamlFields fields) {
        List<String> languages = fields.strings("languages");
        if (languages.isEmpty() && fields.isReadable()) {
            fields.problem("languages", "content.languages.none");
        }
        return new ChapterDescriptor(
                fields.string("id", true),
                fields.string("country", false),
                fields.string("defaultLanguage", true),
                languages,
                fields.localized("languageNames", false),
                fields.localized("name", true),
                fields.localized("description", false));
    }

    private static YamlFields optional(ChapterFiles files, String name, List<YamlFields> read) {
        if (!files.exists(name)) {
            return null;
        }
        YamlFields fields = files.yaml(name);
        read.add(fields);
        return fields;
    }

    private static List<SourceEntry> sources(ChapterFiles files, List<YamlFields> read) {
        YamlFields file = optional(files, ChapterLayout.SOURCES, read);
        if (file == null) {
            return List.of();
        }
        return file.objects("sources").stream()
                .map(source -> new SourceEntry(
                        source.string("key", true),
                        source.string("title", true),
                        source.string("author", false),
                        source.partialDate("date"),
                        source.string("url", false),
                        source.date("consulted"),
                        source.string("language", false),
                        source.string("note", false)))
                .toList();
    }

    private static List<ThemeEntry> themes(ChapterFiles files, List<YamlFields> read) {
        YamlFields file = optional(files, ChapterLayout.THEMES, read);
        if (file == null) {
            return List.of();
        }
        List<ThemeEntry> themes = new ArrayList<>();
        for (YamlFields theme : file.objects("themes")) {
            String slug = theme.string("slug", true);
            themes.add(new ThemeEntry(slug, null, theme.localized("label", true)));
            for (YamlFields child : theme.objects("children")) {
                themes.add(new ThemeEntry(child.string("slug", true), slug, child.localized("label", true)));
            }
        }
        return themes;
    }

    private static List<OrganisationEntry> organisations(ChapterFiles files, List<YamlFields> read) {
        YamlFields file = optional(files, ChapterLayout.ORGANISATIONS, read);
        if (file == null) {
            return List.of();
        }
        return file.objects("organisations").stream()
                .map(org -> new OrganisationEntry(
                        org.string("slug", true),
                        org.string("name", true),
                        org.string("kind", true),
                        org.string("country", false),
                        org.string("website", false)))
                .toList();
    }

    private static List<ProjectEntry> projects(ChapterFiles files, List<YamlFields> read) {
        YamlFields file = optional(files, ChapterLayout.PROJECTS, read);
        if (file == null) {
            return List.of();
        }
        List<ProjectEntry> projects = new ArrayList<>();
        for (YamlFields project : file.objects("projects")) {
            Map<String, ProjectText> texts = new LinkedHashMap<>();
            for (String language : ItemReader.languageKeys(project)) {
                YamlFields text = project.object(language);
                if (text != null) {
                    texts.put(language, new ProjectText(text.string("name", true), text.string("goal", false)));
                }
            }
            projects.add(new ProjectEntry(
                    project.string("slug", true),
                    project.integer("startYear"),
                    project.integer("endYear"),
                    project.strings("funders"),
                    project.strings("implementers"),
                    texts));
        }
        return projects;
    }

    private static List<AdaptationEntry> adaptations(ChapterFiles files, List<YamlFields> read) {
        List<String> names = files.list(ChapterLayout.ADAPTATIONS, ".yaml");
        MarkdownBodies bodies = MarkdownBodies.of(files, ChapterLayout.ADAPTATIONS, ItemReader.slugs(names, ChapterLayout.ADAPTATIONS));
        List<AdaptationEntry> adaptations = new ArrayList<>();
        for (String name : names) {
            String slug = ItemReader.slugOf(name, ChapterLayout.ADAPTATIONS);
            YamlFields adaptation = files.yaml(name);
            read.add(adaptation);
            String practice = adaptation.string("practice", true);
            if (practice != null && !practice.equals(slug)) {
                adaptation.problem("practice", "content.adaptation.file-name", practice, slug);
            }
            Map<String, Map<String, String>> fields = new LinkedHashMap<>();
            YamlFields texts = adaptation.object("texts");
            if (texts != null) {
                for (String language : ItemReader.languageKeys(texts)) {
                    YamlFields text = texts.object(language);
                    if (text == null) {
                        continue;
                    }
                    Map<String, String> values = new LinkedHashMap<>();
                    // Only the fields an adaptation may change are read; any other is reported as unknown.
                    for (String field : AdaptationEntry.FIELDS) {
                        if (!field.equals(ItemTexts.BODY) && text.has(field)) {
                            values.put(field, text.string(field, false));
                        }
                    }
                    fields.put(language, values);
                }
            }
            bodies.of(slug).forEach((language, body) ->
                    fields.computeIfAbsent(language, key -> new LinkedHashMap<>()).put(ItemTexts.BODY, files.text(body)));
            adaptations.add(new AdaptationEntry(practice == null ? slug : practice, adaptation.localized("rationale", true), fields));
        }
        return adaptations;
    }

    private static List<TermEntry> terms(ChapterFiles files, List<YamlFields> read) {
        YamlFields file = optional(files, ChapterLayout.TERMS, read);
        if (file == null) {
            return List.of();
        }
        return file.objects("terms").stream()
                .map(term -> new TermEntry(term.string("key", true), term.localized("label", true), term.localized("note", false)))
                .toList();
    }

    /** {@code chapter/i18n/translations_LANG.properties}, read as UTF-8. */
    private static Map<String, Map<String, String>> uiMessages(ChapterFiles files) {
        Map<String, Map<String, String>> bundles = new LinkedHashMap<>();
        for (String file : files.list(ChapterLayout.UI_MESSAGES, "")) {
            String name = file.substring(ChapterLayout.UI_MESSAGES.length());
            if (!name.matches("translations_[a-z]{2,3}(_[A-Z]{2})?\\.properties")) {
                files.problem(file, "", "content.ui-messages.name");
                continue;
            }
            Map<String, String> messages = files.properties(file);
            if (messages != null) {
                bundles.put(name.substring("translations_".length(), name.length() - ".properties".length()).replace('_', '-'), messages);
            }
        }
        return bundles;
    }

    private static BrandingEntry branding(ChapterFiles files, List<YamlFields> read) {
        YamlFields branding = optional(files, ChapterLayout.BRANDING, read);
        if (branding == null) {
            return null;
        }
        String logo = branding.string("logo", false);
        if (logo != null && Logo.isSafeName(logo)) {
            if (!files.isFile(ChapterLayout.ROOT + logo)) {
                branding.problem("logo", "content.logo.missing", logo);
            } else {
                byte[] image = files.bytes(ChapterLayout.ROOT + logo);
                if (image != null) {
                    Logo.check(ChapterLayout.ROOT + logo, image, files.problems());
                }
            }
        }
        return new BrandingEntry(branding.string("colour", false), logo);
    }
}
