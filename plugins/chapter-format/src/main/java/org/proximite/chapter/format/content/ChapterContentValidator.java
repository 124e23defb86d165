package org.proximite.chapter.format.content;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.proximite.chapter.api.BrandingEntry;
import org.proximite.chapter.api.ChapterContent;
import org.proximite.chapter.api.ChapterDescriptor;
import org.proximite.chapter.api.ChapterLayout;
import org.proximite.chapter.api.ContextPageEntry;
import org.proximite.chapter.api.OrganisationEntry;
import org.proximite.chapter.api.ProjectEntry;
import org.proximite.chapter.api.TermEntry;
import org.proximite.chapter.api.ThemeEntry;
import org.proximite.chapter.format.ChapterProblem;
import org.proximite.chapter.format.HostFacts;
import org.proximite.chapter.format.TextField;
import org.proximite.chapter.format.content.References.Referent;
import org.proximite.chapter.format.text.Mojibake;

/**
 * The checks a chapter's content passes before anything of it is imported: identities, references
 * between its items, languages, lengths, and text that readers must never see (garbled encodings,
 * markup or control characters in plain-text fields).
 */
public class ChapterContentValidator {

    public static final Set<String> ORGANISATION_KINDS = Set.of(
            "government", "police", "ngo", "association", "international-ngo", "funder", "academic", "other");

    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final int NOTE_LENGTH = 1000;
    private static final int DESCRIPTION_LENGTH = 4000;

    private final Clock clock;

    public ChapterContentValidator() {
        this(Clock.systemUTC());
    }

    /** @param clock what "today" is, for dates that must not be in the future */
    public ChapterContentValidator(Clock clock) {
        this.clock = clock;
    }

    /**
     * What an editor should look at before the chapter is published, without refusing it: a
     * published initiative's dates, place and participant counts that no source supports.
     */
    public List<ChapterProblem> warnings(ChapterContent content) {
        return SourceChecks.warnings(content);
    }

    /**
     * @param pluginId the {@code Plugin-Id} of the jar the content came from
     * @param facts what the content may refer to beyond itself, and the slugs it must not take
     * @return every problem found, each naming its file and field; empty when the content passes
     */
    public List<ChapterProblem> validate(ChapterContent content, String pluginId, HostFacts facts) {
        List<ChapterProblem> problems = new ArrayList<>();
        ChapterDescriptor descriptor = content.descriptor();
        TextRules texts = new TextRules(descriptor, problems);
        References references = new References(problems);
        SourceChecks sources = new SourceChecks(texts, references, problems, LocalDate.now(clock));
        Set<String> sourceKeys = sources.sources(content.sources());
        ItemChecks items = new ItemChecks(pluginId, facts, texts, references, problems, sources, sourceKeys);
        descriptor(descriptor, pluginId, facts.languages(), texts, references, problems);

        Set<String> themeSlugs = new HashSet<>();
        for (ThemeEntry theme : content.themes()) {
            references.unique(ChapterLayout.THEMES, "themes." + theme.slug(), theme.slug(), themeSlugs);
            texts.localized(ChapterLayout.THEMES, "themes." + theme.slug() + ".label", theme.label(), true, TextField.TITLE_LENGTH);
        }
        Set<String> organisationSlugs = new HashSet<>();
        for (OrganisationEntry organisation : content.organisations()) {
            String field = "organisations." + organisation.slug();
            references.unique(ChapterLayout.ORGANISATIONS, field, organisation.slug(), organisationSlugs);
            texts.plain(ChapterLayout.ORGANISATIONS, field + ".name", organisation.name(), TextField.TITLE_LENGTH);
            references.exists(ChapterLayout.ORGANISATIONS, field + ".kind", organisation.kind(), ORGANISATION_KINDS, Referent.ORGANISATION_KIND);
            references.country(ChapterLayout.ORGANISATIONS, field + ".country", organisation.countryCode());
            references.url(ChapterLayout.ORGANISATIONS, field + ".website", organisation.website());
        }
        for (ProjectEntry project : content.projects()) {
            String field = "projects." + project.slug();
            references.slug(ChapterLayout.PROJECTS, field, project.slug());
            references.exist(ChapterLayout.PROJECTS, field + ".funders", project.funders(), organisationSlugs, Referent.ORGANISATION);
            references.exist(ChapterLayout.PROJECTS, field + ".implementers", project.implementers(), organisationSlugs, Referent.ORGANISATION);
            texts.blocks(ChapterLayout.PROJECTS, field, project.texts().keySet());
            project.texts().forEach((language, text) -> {
                texts.plain(ChapterLayout.PROJECTS, field + "." + language + ".name", text.name(), TextField.TITLE_LENGTH * 2);
                texts.plain(ChapterLayout.PROJECTS, field + "." + language + ".goal", text.goal(), TextField.SUMMARY_LENGTH * 4);
            });
        }
        items.practices(content.practices(), themeSlugs);
        Set<String> reachablePractices = new HashSet<>(facts.dependencyPractices());
        content.practices().forEach(practice -> reachablePractices.add(practice.slug()));
        items.initiatives(content.initiatives(), organisationSlugs, reachablePractices);
        contextPages(content.contextPages(), texts, references);
        content.contextPages().forEach(page -> sources.contextPage(page, sourceKeys));
        items.adaptations(content.adaptations());
        Set<String> termKeys = new HashSet<>();
        for (TermEntry term : content.terms()) {
            references.unique(ChapterLayout.TERMS, "terms." + term.key(), term.key(), termKeys);
            texts.localized(ChapterLayout.TERMS, "terms." + term.key() + ".label", term.label(), true, TextField.TITLE_LENGTH);
            texts.localized(ChapterLayout.TERMS, "terms." + term.key() + ".note", term.note(), false, NOTE_LENGTH);
        }
        content.uiMessages().forEach((language, messages) -> uiMessages(language, messages, texts, problems));
        branding(content.branding(), problems);
        return problems;
    }

    private static void descriptor(ChapterDescriptor descriptor, String pluginId, Set<String> hostLanguages, TextRules texts,
            References references, List<ChapterProblem> problems) {
        String file = ChapterLayout.DESCRIPTOR;
        if (descriptor.id() != null && pluginId != null && !descriptor.id().equals(pluginId)) {
            problems.add(ChapterProblem.of(file, "id", "content.id.not-plugin-id", descriptor.id(), pluginId));
        }
        references.slug(file, "id", descriptor.id());
        references.country(file, "country", descriptor.countryCode());
        for (String language : descriptor.languages()) {
            if (!LanguageTags.isDeclarable(language)) {
                problems.add(ChapterProblem.of(file, "languages", "content.language.malformed", language));
            } else if (!hostLanguages.contains(language) && !descriptor.languageNames().containsKey(language)) {
                problems.add(ChapterProblem.of(file, "languageNames." + language, "content.language.name.missing", language));
            }
        }
        if (descriptor.defaultLanguage() != null && !descriptor.languages().contains(descriptor.defaultLanguage())) {
            problems.add(ChapterProblem.of(file, "defaultLanguage", "content.language.default.undeclared", descriptor.defaultLanguage()));
        }
        texts.localized(file, "name", descriptor.name(), true, TextField.TITLE_LENGTH);
        texts.localized(file, "description", descriptor.description(), false, DESCRIPTION_LENGTH);
    }

    private static void contextPages(List<ContextPageEntry> pages, TextRules texts, References references) {
        Set<String> pageSlugs = new HashSet<>();
        for (ContextPageEntry page : pages) {
            String file = ChapterLayout.CONTEXT + page.slug() + ".yaml";
            references.unique(file, "slug", page.slug(), pageSlugs);
            texts.blocks(file, "", page.texts().keySet());
            page.texts().forEach((language, text) -> {
                texts.plain(file, language + ".title", text.title(), TextField.TITLE_LENGTH);
                texts.markdown(ChapterLayout.CONTEXT + page.slug() + "." + language + ".md", "", text.body(), TextField.BODY_LENGTH);
            });
        }
    }

    private static void uiMessages(String language, Map<String, String> messages, TextRules texts, List<ChapterProblem> problems) {
        String file = ChapterLayout.UI_MESSAGES + "translations_" + language.replace('-', '_') + ".properties";
        texts.language(file, "", language);
        messages.forEach((key, message) -> {
            if (TextRules.MARKUP.matcher(outsideArguments(message)).find()) {
                problems.add(ChapterProblem.of(file, key, "content.ui-message.markup"));
            }
            if (Mojibake.isSuspect(message) && !key.equals("validation.garbled")) {
                problems.add(ChapterProblem.of(file, key, "content.text.garbled"));
            }
            try {
                new java.text.MessageFormat(message);
            } catch (IllegalArgumentException e) {
                problems.add(ChapterProblem.of(file, key, "content.ui-message.pattern", e.getMessage()));
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

    private static void branding(BrandingEntry branding, List<ChapterProblem> problems) {
        if (branding == null) {
            return;
        }
        if (branding.colour() != null && !COLOUR.matcher(branding.colour()).matches()) {
            problems.add(ChapterProblem.of(ChapterLayout.BRANDING, "colour", "content.colour.malformed"));
        }
        if (branding.logo() != null && !Logo.isSafeName(branding.logo())) {
            problems.add(ChapterProblem.of(ChapterLayout.BRANDING, "logo", "content.logo.name"));
        }
    }
}
