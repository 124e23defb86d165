package org.proximite.chapter.format.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.proximite.chapter.api.AdaptationEntry;
import org.proximite.chapter.api.BrandingEntry;
import org.proximite.chapter.api.ChapterContent;
import org.proximite.chapter.api.ChapterDescriptor;
import org.proximite.chapter.api.ChapterLayout;
import org.proximite.chapter.api.ContentProblem;
import org.proximite.chapter.api.ContentStatus;
import org.proximite.chapter.api.ContextPageEntry;
import org.proximite.chapter.api.EvidenceLevel;
import org.proximite.chapter.api.InitiativeEntry;
import org.proximite.chapter.api.InitiativeEntry.InitiativeText;
import org.proximite.chapter.api.OrganisationEntry;
import org.proximite.chapter.api.PracticeEntry;
import org.proximite.chapter.api.PracticeEntry.PracticeText;
import org.proximite.chapter.api.ProjectEntry;
import org.proximite.chapter.api.ProjectEntry.ProjectText;
import org.proximite.chapter.api.ResourceEntry;
import org.proximite.chapter.api.TermEntry;
import org.proximite.chapter.api.ThemeEntry;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a chapter's files, laid out as {@link ChapterLayout} says, from a folder or from the root
 * of an opened jar. It reports every problem it meets, with file and field, rather than the first.
 */
public class ChapterContentReader {

    /** Larger files are refused: no chapter text needs more, and it bounds memory. */
    static final long MAX_FILE_BYTES = 1_000_000;

    public ChapterContent read(Path root) throws InvalidChapterException {
        List<ContentProblem> problems = new ArrayList<>();
        Path descriptorFile = root.resolve(ChapterLayout.DESCRIPTOR);
        if (!Files.isRegularFile(descriptorFile)) {
            throw new InvalidChapterException(List.of(new ContentProblem(ChapterLayout.DESCRIPTOR, "", "is missing: a chapter needs it")));
        }
        ChapterDescriptor descriptor = descriptor(yaml(root, ChapterLayout.DESCRIPTOR, problems));
        ChapterContent content = new ChapterContent(
                descriptor,
                themes(root, problems),
                organisations(root, problems),
                projects(root, problems),
                practices(root, problems),
                initiatives(root, problems),
                contextPages(root, problems),
                adaptations(root, problems),
                terms(root, problems),
                uiMessages(root, problems),
                branding(root, problems));
        if (!problems.isEmpty()) {
            throw new InvalidChapterException(problems);
        }
        return content;
    }

    private static ChapterDescriptor descriptor(YamlFields fields) {
        List<String> languages = fields.strings("languages");
        if (languages.isEmpty()) {
            fields.problem("languages", "must list at least one language");
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

    private List<ThemeEntry> themes(Path root, List<ContentProblem> problems) {
        if (!Files.exists(root.resolve(ChapterLayout.THEMES))) {
            return List.of();
        }
        List<ThemeEntry> themes = new ArrayList<>();
        for (YamlFields theme : yaml(root, ChapterLayout.THEMES, problems).objects("themes")) {
            String slug = theme.string("slug", true);
            themes.add(new ThemeEntry(slug, null, theme.localized("label", true)));
            for (YamlFields child : theme.objects("children")) {
                themes.add(new ThemeEntry(child.string("slug", true), slug, child.localized("label", true)));
            }
        }
        return themes;
    }

    private List<OrganisationEntry> organisations(Path root, List<ContentProblem> problems) {
        if (!Files.exists(root.resolve(ChapterLayout.ORGANISATIONS))) {
            return List.of();
        }
        return yaml(root, ChapterLayout.ORGANISATIONS, problems).objects("organisations").stream()
                .map(org -> new OrganisationEntry(
                        org.string("slug", true),
                        org.string("name", true),
                        org.string("kind", true),
                        org.string("country", false),
                        org.string("website", false)))
                .toList();
    }

    private List<ProjectEntry> projects(Path root, List<ContentProblem> problems) {
        if (!Files.exists(root.resolve(ChapterLayout.PROJECTS))) {
            return List.of();
        }
        List<ProjectEntry> projects = new ArrayList<>();
        for (YamlFields project : yaml(root, ChapterLayout.PROJECTS, problems).objects("projects")) {
            Map<String, ProjectText> texts = new LinkedHashMap<>();
            for (String language : languageKeys(project)) {
                YamlFields text = project.object(language);
                texts.put(language, new ProjectText(text.string("name", true), text.string("goal", false)));
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

    private List<PracticeEntry> practices(Path root, List<ContentProblem> problems) {
        List<PracticeEntry> practices = new ArrayList<>();
        for (Path file : yamlFiles(root, ChapterLayout.PRACTICES, problems)) {
            String name = ChapterLayout.PRACTICES + file.getFileName();
            String slug = slugOf(file);
            YamlFields practice = yaml(root, name, problems);
            Map<String, PracticeText> texts = new LinkedHashMap<>();
            for (String language : languageKeys(practice)) {
                YamlFields text = practice.object(language);
                texts.put(language, new PracticeText(
                        text.string("title", true),
                        text.string("summary", true),
                        markdownBody(root, ChapterLayout.PRACTICES + slug + "." + language + ".md", problems),
                        text.string("effect", false),
                        text.string("mechanism", false),
                        text.string("context", false),
                        text.string("implementation", false),
                        text.string("cost", false)));
            }
            String levelCode = practice.string("evidenceLevel", true);
            EvidenceLevel level = levelCode == null ? null : EvidenceLevel.fromCode(levelCode).orElse(null);
            if (levelCode != null && level == null) {
                practice.problem("evidenceLevel", "unknown level '" + levelCode + "' (practice-based, monitored, evaluated, established)");
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
                    texts));
        }
        return practices;
    }

    private List<InitiativeEntry> initiatives(Path root, List<ContentProblem> problems) {
        List<InitiativeEntry> initiatives = new ArrayList<>();
        for (Path file : yamlFiles(root, ChapterLayout.INITIATIVES, problems)) {
            String name = ChapterLayout.INITIATIVES + file.getFileName();
            String slug = slugOf(file);
            YamlFields initiative = yaml(root, name, problems);
            Map<String, InitiativeText> texts = new LinkedHashMap<>();
            for (String language : languageKeys(initiative)) {
                YamlFields text = initiative.object(language);
                texts.put(language, new InitiativeText(
                        text.string("title", true),
                        text.string("summary", true),
                        markdownBody(root, ChapterLayout.INITIATIVES + slug + "." + language + ".md", problems),
                        text.string("outcomes", false)));
            }
            YamlFields participants = initiative.object("participants");
            initiatives.add(new InitiativeEntry(
                    slug,
                    initiative.string("kind", true),
                    initiative.string("country", false),
                    initiative.string("locality", false),
                    initiative.date("startDate"),
                    initiative.date("endDate"),
                    initiative.integer("year"),
                    participants == null ? null : participants.integer("total"),
                    participants == null ? Map.of() : participants.integers("groups"),
                    initiative.strings("organisations"),
                    initiative.strings("practices"),
                    status(initiative),
                    texts));
        }
        return initiatives;
    }

    private List<ContextPageEntry> contextPages(Path root, List<ContentProblem> problems) {
        List<ContextPageEntry> pages = new ArrayList<>();
        for (Path file : yamlFiles(root, ChapterLayout.CONTEXT, problems)) {
            String slug = slugOf(file);
            YamlFields page = yaml(root, ChapterLayout.CONTEXT + file.getFileName(), problems);
            Map<String, ContextPageEntry.PageText> texts = new LinkedHashMap<>();
            for (String language : languageKeys(page)) {
                YamlFields text = page.object(language);
                texts.put(language, new ContextPageEntry.PageText(text.string("title", true),
                        markdownBody(root, ChapterLayout.CONTEXT + slug + "." + language + ".md", problems)));
            }
            pages.add(new ContextPageEntry(slug, texts));
        }
        return pages;
    }

    private List<AdaptationEntry> adaptations(Path root, List<ContentProblem> problems) {
        List<AdaptationEntry> adaptations = new ArrayList<>();
        for (Path file : yamlFiles(root, ChapterLayout.ADAPTATIONS, problems)) {
            String name = ChapterLayout.ADAPTATIONS + file.getFileName();
            String slug = slugOf(file);
            YamlFields adaptation = yaml(root, name, problems);
            String practice = adaptation.string("practice", true);
            if (practice != null && !practice.equals(slug)) {
                adaptation.problem("practice", "is '" + practice + "' but the file is named after '" + slug + "': they must be equal");
            }
            Map<String, Map<String, String>> fields = new LinkedHashMap<>();
            YamlFields texts = adaptation.object("texts");
            if (texts != null) {
                for (String language : languageKeys(texts)) {
                    YamlFields text = texts.object(language);
                    Map<String, String> values = new LinkedHashMap<>();
                    for (String key : text.keys()) {
                        if (!AdaptationEntry.FIELDS.contains(key) || key.equals("body")) {
                            text.problem(key, "is not a field an adaptation can change " + AdaptationEntry.FIELDS);
                        } else {
                            values.put(key, text.string(key, false));
                        }
                    }
                    fields.put(language, values);
                }
            }
            for (Path body : markdownFiles(root, ChapterLayout.ADAPTATIONS, slug)) {
                String language = languageOfBody(body, slug);
                fields.computeIfAbsent(language, key -> new LinkedHashMap<>())
                        .put("body", readText(root, ChapterLayout.ADAPTATIONS + body.getFileName(), problems));
            }
            adaptations.add(new AdaptationEntry(practice == null ? slug : practice, adaptation.localized("rationale", true), fields));
        }
        return adaptations;
    }

    private List<TermEntry> terms(Path root, List<ContentProblem> problems) {
        if (!Files.exists(root.resolve(ChapterLayout.TERMS))) {
            return List.of();
        }
        return yaml(root, ChapterLayout.TERMS, problems).objects("terms").stream()
                .map(term -> new TermEntry(term.string("key", true), term.localized("label", true), term.localized("note", false)))
                .toList();
    }

    /** {@code chapter/i18n/translations_LANG.properties}, read as UTF-8. */
    private Map<String, Map<String, String>> uiMessages(Path root, List<ContentProblem> problems) {
        Path dir = root.resolve(ChapterLayout.UI_MESSAGES);
        Map<String, Map<String, String>> bundles = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) {
            return bundles;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                String relative = ChapterLayout.UI_MESSAGES + name;
                if (!name.matches("translations_[a-z]{2,3}(_[A-Z]{2})?\\.properties")) {
                    problems.add(new ContentProblem(relative, "", "interface bundles are named translations_LANG.properties, e.g. translations_pt.properties"));
                    continue;
                }
                String text = readText(root, relative, problems);
                if (text == null) {
                    continue;
                }
                java.util.Properties properties = new java.util.Properties();
                properties.load(new java.io.StringReader(text));
                Map<String, String> messages = new java.util.TreeMap<>();
                properties.forEach((key, value) -> messages.put(key.toString(), value.toString()));
                bundles.put(name.substring("translations_".length(), name.length() - ".properties".length()).replace('_', '-'), messages);
            }
        } catch (IOException | IllegalArgumentException e) {
            problems.add(new ContentProblem(ChapterLayout.UI_MESSAGES, "", "cannot be read: " + e.getMessage()));
        }
        return bundles;
    }

    private BrandingEntry branding(Path root, List<ContentProblem> problems) {
        if (!Files.exists(root.resolve(ChapterLayout.BRANDING))) {
            return null;
        }
        YamlFields branding = yaml(root, ChapterLayout.BRANDING, problems);
        String logo = branding.string("logo", false);
        if (logo != null && !Files.isRegularFile(root.resolve(ChapterLayout.ROOT + logo))) {
            branding.problem("logo", "names '" + logo + "', which is not in the chapter's folder");
        } else if (logo != null && logo.endsWith(".svg")) {
            String svg = readText(root, ChapterLayout.ROOT + logo, problems);
            if (svg != null && !ChapterContentValidator.isPassiveSvg(svg)) {
                branding.problem("logo", "the SVG contains scripts, event handlers or outside references");
            }
        }
        return new BrandingEntry(branding.string("colour", false), logo);
    }

    private static List<Path> markdownFiles(Path root, String folder, String slug) {
        Path dir = root.resolve(folder);
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> {
                String name = file.getFileName().toString();
                return name.startsWith(slug + ".") && name.endsWith(".md") && languageOfBody(file, slug).matches(LANGUAGE_CODE);
            }).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String languageOfBody(Path file, String slug) {
        String name = file.getFileName().toString();
        return name.substring(slug.length() + 1, name.length() - ".md".length());
    }

    private static ContentStatus status(YamlFields fields) {
        String code = fields.string("status", false);
        if (code == null) {
            return ContentStatus.PUBLISHED;
        }
        return ContentStatus.fromCode(code).filter(status -> status != ContentStatus.ARCHIVED).orElseGet(() -> {
            fields.problem("status", "unknown status '" + code + "' (draft, published)");
            return ContentStatus.DRAFT;
        });
    }

    /** Keys that look like language codes ({@code fr}, {@code en}, {@code pt-BR}) hold texts. */
    private static List<String> languageKeys(YamlFields fields) {
        return fields.keys().stream().filter(key -> key.matches(LANGUAGE_CODE)).sorted().toList();
    }

    static final String LANGUAGE_CODE = "[a-z]{2,3}(-[A-Z]{2})?";

    private static String slugOf(Path yamlFile) {
        String name = yamlFile.getFileName().toString();
        return name.substring(0, name.length() - ".yaml".length());
    }

    private List<Path> yamlFiles(Path root, String folder, List<ContentProblem> problems) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            problems.add(new ContentProblem(folder, "", "cannot be listed: " + e.getMessage()));
            return List.of();
        }
    }

    private YamlFields yaml(Path root, String name, List<ContentProblem> problems) {
        String text = readText(root, name, problems);
        if (text == null) {
            return YamlFields.root(name, Map.of(), problems);
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit((int) MAX_FILE_BYTES);
        try {
            return YamlFields.root(name, new Yaml(new SafeConstructor(options)).load(text), problems);
        } catch (YAMLException e) {
            problems.add(new ContentProblem(name, "", "is not valid YAML: " + e.getMessage().lines().findFirst().orElse("")));
            return YamlFields.root(name, Map.of(), problems);
        }
    }

    private String markdownBody(Path root, String name, List<ContentProblem> problems) {
        return Files.exists(root.resolve(name)) ? readText(root, name, problems) : null;
    }

    private static String readText(Path root, String name, List<ContentProblem> problems) {
        Path file = root.resolve(name);
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                problems.add(new ContentProblem(name, "", "is larger than " + MAX_FILE_BYTES + " bytes"));
                return null;
            }
            try (InputStream in = Files.newInputStream(file)) {
                return StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(in.readAllBytes()))
                        .toString();
            }
        } catch (CharacterCodingException e) {
            problems.add(new ContentProblem(name, "", "is not UTF-8 text"));
        } catch (IOException e) {
            problems.add(new ContentProblem(name, "", "cannot be read: " + e.getMessage()));
        }
        return null;
    }
}
