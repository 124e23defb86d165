package org.proximite.chapter.api;

/**
 * Where a content-only chapter keeps its files inside its jar. Every path is relative to the jar's
 * root; every text file is UTF-8.
 *
 * <pre>
 * META-INF/MANIFEST.MF            Plugin-Id, Plugin-Version, Plugin-Requires, Plugin-Provider
 * chapter/chapter.yaml             the chapter: id (= Plugin-Id), country, languages, name, description
 * chapter/themes.yaml              themes, optionally nested, with a label per language
 * chapter/organisations.yaml       organisations: slug, name, kind, country, website
 * chapter/projects.yaml            projects: slug, years, funders, implementers, name and goal per language
 * chapter/practices/SLUG.yaml      one practice: themes, evidence level, sections per language
 * chapter/practices/SLUG.LANG.md   its body in Markdown, one file per language (optional)
 * chapter/initiatives/SLUG.yaml    one initiative: kind, place, dates, participants, texts per language
 * chapter/initiatives/SLUG.LANG.md its body in Markdown, one file per language (optional)
 * chapter/context/SLUG.yaml        a page about the country or partner: its title per language
 * chapter/context/SLUG.LANG.md     that page's body in Markdown
 * chapter/adaptations/SLUG.yaml    how it adapts a practice of a chapter it depends on
 * chapter/adaptations/SLUG.LANG.md the adapted body in Markdown (optional)
 * chapter/terms.yaml               its words for concepts, per language
 * chapter/sources.yaml             the sources its items cite: title, author, date, address, date consulted
 * chapter/i18n/translations_LANG.properties  interface texts for a language it adds
 * chapter/branding.yaml            colour and logo for exports
 * </pre>
 *
 * The file name of a practice or an initiative is its slug. The README of the plugins folder
 * documents each field with an example.
 */
public final class ChapterLayout {

    public static final String ROOT = "chapter/";
    public static final String DESCRIPTOR = ROOT + "chapter.yaml";
    public static final String THEMES = ROOT + "themes.yaml";
    public static final String ORGANISATIONS = ROOT + "organisations.yaml";
    public static final String PROJECTS = ROOT + "projects.yaml";
    public static final String PRACTICES = ROOT + "practices/";
    public static final String INITIATIVES = ROOT + "initiatives/";
    public static final String ADAPTATIONS = ROOT + "adaptations/";
    public static final String CONTEXT = ROOT + "context/";
    public static final String TERMS = ROOT + "terms.yaml";
    public static final String SOURCES = ROOT + "sources.yaml";
    public static final String UI_MESSAGES = ROOT + "i18n/";
    public static final String BRANDING = ROOT + "branding.yaml";

    /** Slugs: lower-case ASCII letters and digits separated by single hyphens, 2 to 80 characters. */
    public static final String SLUG_PATTERN = "[a-z0-9]+(?:-[a-z0-9]+)*";
    private static final java.util.regex.Pattern SLUG = java.util.regex.Pattern.compile(SLUG_PATTERN);

    public static final int SLUG_MAX_LENGTH = 80;

    private ChapterLayout() {}

    public static boolean isValidSlug(String slug) {
        return slug != null
                && slug.length() >= 2
                && slug.length() <= SLUG_MAX_LENGTH
                && SLUG.matcher(slug).matches();
    }
}
