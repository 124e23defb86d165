package org.proximite.chapter.format.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.proximite.chapter.api.AdaptationEntry;
import org.proximite.chapter.api.BrandingEntry;
import org.proximite.chapter.api.ChapterContent;
import org.proximite.chapter.api.ChapterDescriptor;
import org.proximite.chapter.api.ChapterLayout;
import org.proximite.chapter.api.ContentProblem;
import org.proximite.chapter.api.ContextPageEntry;
import org.proximite.chapter.api.InitiativeEntry;
import org.proximite.chapter.api.OrganisationEntry;
import org.proximite.chapter.api.PracticeEntry;
import org.proximite.chapter.api.ProjectEntry;
import org.proximite.chapter.api.ResourceEntry;
import org.proximite.chapter.api.TermEntry;
import org.proximite.chapter.api.ThemeEntry;
import org.proximite.chapter.format.HostFacts;
import org.proximite.chapter.format.ItemKind;
import org.proximite.chapter.format.TextField;
import org.proximite.chapter.format.text.Mojibake;

/**
 * The checks a chapter's content passes before anything of it is imported: identities, references
 * between its items, languages, lengths, and text that readers must never see (garbled encodings,
 * markup in plain-text fields).
 */
public class ChapterContentValidator {

    public static final Set<String> ORGANISATION_KINDS = Set.of(
            "government", "police", "ngo", "association", "international-ngo", "funder", "academic", "other");

    private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z!/?]");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Set<String> ISO_COUNTRIES = Set.of(java.util.Locale.getISOCountries());
    private static final Pattern WEB_URL = Pattern.compile("https?://[^\\s<>\"]+");

    /**
     * @param pluginId the {@code Plugin-Id} of the jar the content came from
     * @param facts what the content may refer to beyond itself
     */
    public List<ContentProblem> validate(ChapterContent content, String pluginId, HostFacts facts) {
        Set<String> hostLanguages = facts.languages();
        Set<String> stakeholderGroups = facts.stakeholderGroups();
        List<ContentProblem> problems = new ArrayList<>();
        ChapterDescriptor descriptor = content.descriptor();
        Set<String> languages = Set.copyOf(descriptor.languages());
        checkDescriptor(descriptor, pluginId, hostLanguages, problems);

        Set<String> themeSlugs = new HashSet<>();
        for (ThemeEntry theme : content.themes()) {
            unique(ChapterLayout.THEMES, "themes." + theme.slug(), theme.slug(), themeSlugs, problems);
            localized(ChapterLayout.THEMES, "themes." + theme.slug() + ".label", theme.label(), descriptor, languages, TextField.TITLE_LENGTH, problems);
        }
        Set<String> organisationSlugs = new HashSet<>();
        for (OrganisationEntry organisation : content.organisations()) {
            String field = "organisations." + organisation.slug();
            unique(ChapterLayout.ORGANISATIONS, field, organisation.slug(), organisationSlugs, problems);
            plainText(ChapterLayout.ORGANISATIONS, field + ".name", organisation.name(), TextField.TITLE_LENGTH, problems);
            if (organisation.kind() != null && !ORGANISATION_KINDS.contains(organisation.kind())) {
                problems.add(new ContentProblem(ChapterLayout.ORGANISATIONS, field + ".kind", "unknown kind '" + organisation.kind() + "' " + ORGANISATION_KINDS));
            }
            country(ChapterLayout.ORGANISATIONS, field + ".country", organisation.countryCode(), problems);
            url(ChapterLayout.ORGANISATIONS, field + ".website", organisation.website(), problems);
        }
        for (ProjectEntry project : content.projects()) {
            String field = "projects." + project.slug();
            slug(ChapterLayout.PROJECTS, field, project.slug(), problems);
            references(ChapterLayout.PROJECTS, field + ".funders", project.funders(), organisationSlugs, "organisation", problems);
            references(ChapterLayout.PROJECTS, field + ".implementers", project.implementers(), organisationSlugs, "organisation", problems);
            texts(ChapterLayout.PROJECTS, field, project.texts().keySet(), descriptor, languages, problems);
            project.texts().forEach((language, text) -> {
                plainText(ChapterLayout.PROJECTS, field + "." + language + ".name", text.name(), TextField.TITLE_LENGTH * 2, problems);
                plainText(ChapterLayout.PROJECTS, field + "." + language + ".goal", text.goal(), TextField.SUMMARY_LENGTH * 4, problems);
            });
        }
        Set<String> practiceSlugs = new HashSet<>();
        content.practices().forEach(practice -> practiceSlugs.add(practice.slug()));
        Set<String> seenPractices = new HashSet<>();
        for (PracticeEntry practice : content.practices()) {
            checkPractice(practice, descriptor, languages, themeSlugs, practiceSlugs, seenPractices, problems);
        }
        Set<String> reachablePractices = new HashSet<>(practiceSlugs);
        reachablePractices.addAll(facts.dependencyPractices());
        Set<String> seenInitiatives = new HashSet<>();
        for (InitiativeEntry initiative : content.initiatives()) {
            checkInitiative(initiative, descriptor, languages, organisationSlugs, reachablePractices, stakeholderGroups, seenInitiatives, problems);
        }
        Set<String> pageSlugs = new HashSet<>();
        for (ContextPageEntry page : content.contextPages()) {
            String file = ChapterLayout.CONTEXT + page.slug() + ".yaml";
            unique(file, "slug", page.slug(), pageSlugs, problems);
            texts(file, "", page.texts().keySet(), descriptor, languages, problems);
            page.texts().forEach((language, text) -> {
                plainText(file, language + ".title", text.title(), TextField.TITLE_LENGTH, problems);
                markdown(ChapterLayout.CONTEXT + page.slug() + "." + language + ".md", "", text.body(), TextField.BODY_LENGTH, problems);
            });
        }
        for (AdaptationEntry adaptation : content.adaptations()) {
            checkAdaptation(adaptation, descriptor, languages, facts.dependencyPractices(), problems);
        }
        Set<String> termKeys = new HashSet<>();
        for (TermEntry term : content.terms()) {
            unique(ChapterLayout.TERMS, "terms." + term.key(), term.key(), termKeys, problems);
            localized(ChapterLayout.TERMS, "terms." + term.key() + ".label", term.label(), descriptor, languages, TextField.TITLE_LENGTH, problems);
            localized(ChapterLayout.TERMS, "terms." + term.key() + ".note", term.note(), null, languages, 1000, problems);
        }
        content.uiMessages().forEach((language, messages) -> checkUiMessages(language, messages, languages, problems));
        checkBranding(content.branding(), problems);
        return problems;
    }

    private static void checkAdaptation(AdaptationEntry adaptation, ChapterDescriptor descriptor, Set<String> languages,
            Set<String> adaptable, List<ContentProblem> problems) {
        String file = ChapterLayout.ADAPTATIONS + adaptation.practice() + ".yaml";
        if (!adaptable.contains(adaptation.practice())) {
            problems.add(new ContentProblem(file, "practice", "'" + adaptation.practice()
                    + "' is not a practice of a chapter this one depends on (declare it in Plugin-Dependencies)"));
        }
        localized(file, "rationale", adaptation.rationale(), descriptor, languages, TextField.SUMMARY_LENGTH, problems);
        if (adaptation.fields().isEmpty()) {
            problems.add(new ContentProblem(file, "texts", "an adaptation must change at least one field"));
        }
        adaptation.fields().forEach((language, fields) -> {
            if (!languages.contains(language)) {
                problems.add(new ContentProblem(file, "texts." + language, "'" + language + "' is not among the chapter's languages"));
            }
            fields.forEach((field, value) -> {
                String name = "texts." + language + "." + field;
                TextField described = ItemKind.PRACTICE.textField(field).orElseThrow();
                if (described.markdown()) {
                    markdown(file, name, value, described.maxLength(), problems);
                } else {
                    plainText(file, name, value, described.maxLength(), problems);
                }
            });
        });
    }

    private static void checkUiMessages(String language, java.util.Map<String, String> messages, Set<String> languages, List<ContentProblem> problems) {
        String file = ChapterLayout.UI_MESSAGES + "translations_" + language.replace('-', '_') + ".properties";
        if (!languages.contains(language)) {
            problems.add(new ContentProblem(file, "", "'" + language + "' is not among the chapter's languages"));
        }
        messages.forEach((key, message) -> {
            if (MARKUP.matcher(outsideArguments(message)).find()) {
                problems.add(new ContentProblem(file, key, "contains markup; interface texts are plain text"));
            }
            if (Mojibake.isSuspect(message) && !key.equals("validation.garbled")) {
                problems.add(new ContentProblem(file, key, "looks garbled by a wrong text encoding"));
            }
            try {
                new java.text.MessageFormat(message);
            } catch (IllegalArgumentException e) {
                problems.add(new ContentProblem(file, key, "is not a valid message pattern: " + e.getMessage()));
            }
        });
    }

    /** The text of a message pattern without its {...} arguments, where choice limits such as {@code 1<} are not markup. */
    static String outsideArguments(String message) {
        StringBuilder outside = new StringBuilder();
        int depth = 0;
        for (char c : message.toCharArray()) {
            if (c == '{') {
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if (depth == 0) {
                outside.append(c);
            }
        }
        return outside.toString();
    }

    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final Pattern ACTIVE_SVG = Pattern.compile("(?i)<\\s*script|\\son[a-z]+\\s*=|javascript:|<\\s*foreignObject|(?:xlink:)?href\\s*=\\s*[\"']?(?!#)");

    private static void checkBranding(BrandingEntry branding, List<ContentProblem> problems) {
        if (branding == null) {
            return;
        }
        if (branding.colour() != null && !COLOUR.matcher(branding.colour()).matches()) {
            problems.add(new ContentProblem(ChapterLayout.BRANDING, "colour", "must be written #RRGGBB"));
        }
        if (branding.logo() != null && !branding.logo().matches("[A-Za-z0-9/_.-]+\\.(svg|png)") || branding.logo() != null && branding.logo().contains("..")) {
            problems.add(new ContentProblem(ChapterLayout.BRANDING, "logo", "must be an .svg or .png file inside the chapter folder"));
        }
    }

    /** An SVG logo must be a picture only: no scripts, event handlers or outside references. */
    public static boolean isPassiveSvg(String svg) {
        return !ACTIVE_SVG.matcher(svg).find();
    }

    private static void checkDescriptor(ChapterDescriptor descriptor, String pluginId, Set<String> hostLanguages, List<ContentProblem> problems) {
        String file = ChapterLayout.DESCRIPTOR;
        if (descriptor.id() != null && !descriptor.id().equals(pluginId)) {
            problems.add(new ContentProblem(file, "id", "is '" + descriptor.id() + "' but the jar's Plugin-Id is '" + pluginId + "': they must be equal"));
        }
        slug(file, "id", descriptor.id(), problems);
        country(file, "country", descriptor.countryCode(), problems);
        for (String language : descriptor.languages()) {
            if (!language.matches(ChapterContentReader.LANGUAGE_CODE)) {
                problems.add(new ContentProblem(file, "languages", "'" + language + "' is not a language code such as fr, en or pt-BR"));
            } else if (!hostLanguages.contains(language) && !descriptor.languageNames().containsKey(language)) {
                problems.add(new ContentProblem(file, "languageNames." + language, "is required: the host does not know the language '" + language + "'"));
            }
        }
        if (descriptor.defaultLanguage() != null && !descriptor.languages().contains(descriptor.defaultLanguage())) {
            problems.add(new ContentProblem(file, "defaultLanguage", "'" + descriptor.defaultLanguage() + "' is not among the chapter's languages"));
        }
        localized(file, "name", descriptor.name(), descriptor, Set.copyOf(descriptor.languages()), TextField.TITLE_LENGTH, problems);
        localized(file, "description", descriptor.description(), null, Set.copyOf(descriptor.languages()), 4000, problems);
    }

    private static void checkPractice(PracticeEntry practice, ChapterDescriptor descriptor, Set<String> languages, Set<String> themes,
            Set<String> practices, Set<String> seen, List<ContentProblem> problems) {
        String file = ChapterLayout.PRACTICES + practice.slug() + ".yaml";
        unique(file, "slug", practice.slug(), seen, problems);
        if (practice.themes().isEmpty()) {
            problems.add(new ContentProblem(file, "themes", "must list at least one theme"));
        }
        references(file, "themes", practice.themes(), themes, "theme", problems);
        references(file, "related", practice.related(), practices, "practice", problems);
        if (practice.related().contains(practice.slug())) {
            problems.add(new ContentProblem(file, "related", "a practice cannot be related to itself"));
        }
        for (int i = 0; i < practice.resources().size(); i++) {
            ResourceEntry resource = practice.resources().get(i);
            String field = "resources[" + i + "]";
            if (!Set.of("link", "file").contains(resource.kind())) {
                problems.add(new ContentProblem(file, field + ".kind", "must be link or file"));
            }
            plainText(file, field + ".label", resource.label(), TextField.TITLE_LENGTH, problems);
            url(file, field + ".url", resource.url(), problems);
            if (resource.language() != null && !languages.contains(resource.language())) {
                problems.add(new ContentProblem(file, field + ".language", "'" + resource.language() + "' is not among the chapter's languages"));
            }
        }
        texts(file, "", practice.texts().keySet(), descriptor, languages, problems);
        practice.texts().forEach((language, text) ->
                itemTexts(ItemKind.PRACTICE, file, ChapterLayout.PRACTICES + practice.slug() + "." + language + ".md", language, text, problems));
    }

    private static void checkInitiative(InitiativeEntry initiative, ChapterDescriptor descriptor, Set<String> languages,
            Set<String> organisations, Set<String> practices, Set<String> groups, Set<String> seen, List<ContentProblem> problems) {
        String file = ChapterLayout.INITIATIVES + initiative.slug() + ".yaml";
        unique(file, "slug", initiative.slug(), seen, problems);
        if (initiative.kind() != null && !ChapterLayout.isValidSlug(initiative.kind())) {
            problems.add(new ContentProblem(file, "kind", "must be written like a slug, for example dialogue-forum"));
        }
        country(file, "country", initiative.countryCode(), problems);
        plainText(file, "locality", initiative.locality(), TextField.LOCALITY_LENGTH, problems);
        if (initiative.startDate() != null && initiative.endDate() != null && initiative.endDate().isBefore(initiative.startDate())) {
            problems.add(new ContentProblem(file, "endDate", "is before startDate"));
        }
        if (initiative.participantsTotal() != null && initiative.participantsTotal() < 0) {
            problems.add(new ContentProblem(file, "participants.total", "must not be negative"));
        }
        initiative.participantsByGroup().forEach((group, count) -> {
            if (!groups.contains(group)) {
                problems.add(new ContentProblem(file, "participants.groups." + group, "unknown stakeholder group " + groups));
            }
            if (count < 0) {
                problems.add(new ContentProblem(file, "participants.groups." + group, "must not be negative"));
            }
        });
        references(file, "organisations", initiative.organisations(), organisations, "organisation", problems);
        references(file, "practices", initiative.practices(), practices, "practice", problems);
        texts(file, "", initiative.texts().keySet(), descriptor, languages, problems);
        initiative.texts().forEach((language, text) ->
                itemTexts(ItemKind.INITIATIVE, file, ChapterLayout.INITIATIVES + initiative.slug() + "." + language + ".md", language, text, problems));
    }

    /**
     * One language's texts of a practice or an initiative, field by field as the item kind
     * describes them; the body lives in its own Markdown file beside the YAML.
     */
    private static void itemTexts(ItemKind kind, String file, String bodyFile, String language, Record text, List<ContentProblem> problems) {
        Map<String, String> values = ItemTexts.values(text);
        for (TextField field : kind.textFields()) {
            String value = values.get(field.name());
            boolean body = field.name().equals(ItemTexts.BODY);
            String where = body ? bodyFile : file;
            String name = body ? "" : language + "." + field.name();
            if (field.markdown()) {
                markdown(where, name, value, field.maxLength(), problems);
            } else {
                plainText(where, name, value, field.maxLength(), problems);
            }
        }
    }

    private static void texts(String file, String field, Set<String> textLanguages, ChapterDescriptor descriptor, Set<String> languages, List<ContentProblem> problems) {
        String prefix = field.isEmpty() ? "" : field + ".";
        if (descriptor.defaultLanguage() != null && !textLanguages.contains(descriptor.defaultLanguage())) {
            problems.add(new ContentProblem(file, prefix + descriptor.defaultLanguage(), "texts in the default language are required"));
        }
        for (String language : textLanguages) {
            if (!languages.contains(language)) {
                problems.add(new ContentProblem(file, prefix + language, "'" + language + "' is not among the chapter's languages " + languages));
            }
        }
    }

    private static void localized(String file, String field, Map<String, String> texts, ChapterDescriptor requireDefault,
            Set<String> languages, int maxLength, List<ContentProblem> problems) {
        if (requireDefault != null && requireDefault.defaultLanguage() != null && !texts.containsKey(requireDefault.defaultLanguage())) {
            problems.add(new ContentProblem(file, field + "." + requireDefault.defaultLanguage(), "is required in the default language"));
        }
        texts.forEach((language, text) -> {
            if (!languages.contains(language)) {
                problems.add(new ContentProblem(file, field + "." + language, "'" + language + "' is not among the chapter's languages"));
            }
            plainText(file, field + "." + language, text, maxLength, problems);
        });
    }

    private static void unique(String file, String field, String slug, Set<String> seen, List<ContentProblem> problems) {
        slug(file, field, slug, problems);
        if (slug != null && !seen.add(slug)) {
            problems.add(new ContentProblem(file, field, "'" + slug + "' is used twice"));
        }
    }

    private static void slug(String file, String field, String slug, List<ContentProblem> problems) {
        if (slug != null && !ChapterLayout.isValidSlug(slug)) {
            problems.add(new ContentProblem(file, field, "'" + slug + "' is not a slug: lower-case letters, digits and single hyphens, 2 to "
                    + ChapterLayout.SLUG_MAX_LENGTH + " characters"));
        }
    }

    private static void references(String file, String field, List<String> slugs, Set<String> known, String kind, List<ContentProblem> problems) {
        for (String slug : slugs) {
            if (!known.contains(slug)) {
                problems.add(new ContentProblem(file, field, "refers to the " + kind + " '" + slug + "', which the chapter does not define"));
            }
        }
    }

    private static void country(String file, String field, String code, List<ContentProblem> problems) {
        if (code != null && (!COUNTRY.matcher(code).matches() || !ISO_COUNTRIES.contains(code))) {
            problems.add(new ContentProblem(file, field, "'" + code + "' is not an ISO 3166-1 alpha-2 country code such as GN"));
        }
    }

    private static void url(String file, String field, String url, List<ContentProblem> problems) {
        if (url != null && !WEB_URL.matcher(url).matches()) {
            problems.add(new ContentProblem(file, field, "must be a web address starting with https:// or http://"));
        }
    }

    private static void plainText(String file, String field, String text, int maxLength, List<ContentProblem> problems) {
        if (text == null) {
            return;
        }
        if (MARKUP.matcher(text).find()) {
            problems.add(new ContentProblem(file, field, "contains markup; this field is plain text"));
        }
        common(file, field, text, maxLength, problems);
    }

    private static void markdown(String file, String field, String text, int maxLength, List<ContentProblem> problems) {
        if (text != null) {
            common(file, field, text, maxLength, problems);
        }
    }

    private static void common(String file, String field, String text, int maxLength, List<ContentProblem> problems) {
        if (text.length() > maxLength) {
            problems.add(new ContentProblem(file, field, "is " + text.length() + " characters long; the limit is " + maxLength));
        }
        if (Mojibake.isSuspect(text)) {
            String repaired = Mojibake.repair(text).map(fixed -> "; it probably should read: " + excerpt(fixed)).orElse("; some characters were lost, retype it");
            problems.add(new ContentProblem(file, field, "looks garbled by a wrong text encoding" + repaired));
        }
    }

    private static String excerpt(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
