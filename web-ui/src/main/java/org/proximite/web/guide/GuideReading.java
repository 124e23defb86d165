package org.proximite.web.guide;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.proximite.chapter.api.EvidenceLevel;
import org.proximite.core.chapter.ChapterQueries;
import org.proximite.core.chapter.ChapterState;
import org.proximite.core.chapter.ChapterSummary;
import org.proximite.core.content.PageRequest;
import org.proximite.core.home.HomeQueries;
import org.proximite.core.initiative.InitiativeQueries;
import org.proximite.core.practice.PracticeFilter;
import org.proximite.web.content.OutcomeLabels;
import org.proximite.core.practice.PracticeQueries;
import org.proximite.core.text.MarkdownRenderer;
import org.proximite.core.theme.ThemeNode;
import org.proximite.core.theme.ThemeQueries;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The reading pages of the guide: home, themes, practices, initiatives, chapters; published content only. */
@Controller
class GuideReading {

    static final int PAGE_SIZE = 20;

    private final GuidePages pages;
    private final GuideLanguages languages;
    private final HomeQueries home;
    private final ThemeQueries themes;
    private final PracticeQueries practices;
    private final InitiativeQueries initiatives;
    private final ChapterQueries chapters;
    private final MarkdownRenderer markdown;

    GuideReading(GuidePages pages, GuideLanguages languages, HomeQueries home, ThemeQueries themes, PracticeQueries practices,
            InitiativeQueries initiatives, ChapterQueries chapters, MarkdownRenderer markdown) {
        this.pages = pages;
        this.languages = languages;
        this.home = home;
        this.themes = themes;
        this.practices = practices;
        this.initiatives = initiatives;
        this.chapters = chapters;
        this.markdown = markdown;
    }

    @GetMapping("/guide/{lang}/")
    ResponseEntity<String> home(@PathVariable String lang, HttpServletRequest request) {
        if (!languages.isAvailable(lang)) {
            return notFound(request);
        }
        GuideTexts t = pages.texts(lang);
        return pages.render("home", pages.frame(request, lang, t.get("home.title"), null, "home"),
                Map.of("home", home.load(lang), "chapterNames", chapterNames(lang)));
    }

    @GetMapping("/guide/{lang}/themes")
    ResponseEntity<String> themes(@PathVariable String lang, HttpServletRequest request) {
        if (!languages.isAvailable(lang)) {
            return notFound(request);
        }
        GuideTexts t = pages.texts(lang);
        return pages.render("themes", pages.frame(request, lang, t.get("home.themes"), null, "themes"), Map.of("themes", themes.tree(lang)));
    }

    @GetMapping("/guide/{lang}/practices")
    ResponseEntity<String> practices(@PathVariable String lang, @RequestParam(required = false) String theme,
            @RequestParam(required = false) String chapter, @RequestParam(required = false) String level,
            @RequestParam(required = false) String outcome, @RequestParam(required = false) String available,
            @RequestParam(required = false) String page, HttpServletRequest request) {
        if (!languages.isAvailable(lang)) {
            return notFound(request);
        }
        EvidenceLevel evidence = level == null ? null : EvidenceLevel.fromCode(level).orElse(null);
        String availableIn = available != null && languages.isAvailable(available) ? available : null;
        // The level of that outcome when one is chosen, else the practice's.
        String rated = outcome != null && OutcomeLabels.codes().contains(outcome) ? outcome : null;
        var filter = new PracticeFilter(lang, blankless(theme), blankless(chapter), evidence, rated, availableIn, false);
        var found = practices.list(filter, new PageRequest(Pager.parse(page), PAGE_SIZE));
        GuideTexts t = pages.texts(lang);
        GuideFrame frame = pages.frame(request, lang, t.get("practices.title"), null, "practices");
        var list = new PracticeList(found, Pager.of(frame.link(frame.path()), found.page(), PAGE_SIZE, found.total()),
                new PracticeList.Chosen(blankless(theme), blankless(chapter), evidence == null ? null : evidence.code(), rated, availableIn),
                themeOptions(lang), chapterOptions(lang),
                Arrays.stream(EvidenceLevel.values()).map(value -> new Option(value.code(), t.evidence(value))).toList(),
                OutcomeLabels.codes().stream().map(code -> new Option(code, t.outcome(code))).toList(),
                languages.available().keySet().stream().map(code -> new Option(code, t.language(code))).toList(),
                chapterNames(lang));
        return pages.render("practices", frame, Map.of("list", list));
    }

    @GetMapping("/guide/{lang}/practices/{slug}")
    ResponseEntity<String> practice(@PathVariable String lang, @PathVariable String slug, HttpServletRequest request) {
        if (!languages.isAvailable(lang)) {
            return notFound(request);
        }
        return practices.find(slug, lang, false)
                .map(practice -> pages.render("practice",
                        pages.frame(request, lang, practice.shown().text().title(), practice.shown().languages(), "practices"),
                        Map.of("practice", practice, "markdown", markdown, "chapterNames", chapterNames(lang))))
                .orElseGet(() -> notFound(request));
    }

    @GetMapping("/guide/{lang}/initiatives")
    ResponseEntity<String> initiatives(@PathVariable String lang, @RequestParam(required = false) String chapter,
            @RequestParam(required = false) String page, HttpServletRequest request) {
        if (!languages.isAvailable(lang)) {
            return notFound(request);
        }
        var found = initiatives.list(lang, blankless(chapter), false, new PageRequest(Pager.parse(page), PAGE_SIZE));
        GuideTexts t = pages.texts(lang);
        GuideFrame frame = pages.frame(request, lang, t.get("initiatives.title"), null, "initiatives");
        return pages.render("initiatives", frame, Map.of("found", found, "pager", Pager.of(frame.link(frame.path()), found.page(), PAGE_SIZE,
                found.total()), "chapter", blankless(chapter) == null ? "" : chapter, "chapters", chapterOptions(lang)));
    }

    @GetMapping("/guide/{lang}/initiatives/{slug}")
    ResponseEntity<String> initiative(@PathVariable String lang, @PathVariable String slug, HttpServletRequest request) {
        if (!languages.isAvailable(lang)) {
            return notFound(request);
        }
        return initiatives.find(slug, lang, false)
                .map(initiative -> pages.render("initiative",
                        pages.frame(request, lang, initiative.shown().text().title(), initiative.shown().languages(), "initiatives"),
                        Map.of("initiative", initiative, "markdown", markdown, "chapterNames", chapterNames(lang))))
                .orElseGet(() -> notFound(request));
    }

    @GetMapping("/guide/{lang}/chapters")
    ResponseEntity<String> chapters(@PathVariable String lang, HttpServletRequest request) {
        if (!languages.isAvailable(lang)) {
            return notFound(request);
        }
        GuideTexts t = pages.texts(lang);
        return pages.render("chapters", pages.frame(request, lang, t.get("guide.chapters.title"), null, "chapters"),
                Map.of("chapters", active(lang)));
    }

    @GetMapping("/guide/{lang}/chapters/{id}")
    ResponseEntity<String> chapter(@PathVariable String lang, @PathVariable String id, HttpServletRequest request) {
        if (!languages.isAvailable(lang)) {
            return notFound(request);
        }
        return active(lang).stream().filter(chapter -> chapter.id().equals(id)).findFirst()
                .map(chapter -> pages.render("chapter", pages.frame(request, lang, chapter.name(), null, "chapters"), Map.of(
                        "chapter", chapter,
                        "pages", chapters.pages(id, lang),
                        "terms", chapters.terms(lang).getOrDefault(id, List.of()),
                        "adaptations", chapters.adaptations(id, lang),
                        "markdown", markdown)))
                .orElseGet(() -> notFound(request));
    }

    /** Any other address under a language: the guide's own "not found" page, in the reader's language. */
    @GetMapping("/guide/{lang}/**")
    ResponseEntity<String> unknown(HttpServletRequest request) {
        return notFound(request);
    }

    ResponseEntity<String> notFound(HttpServletRequest request) {
        String[] parts = request.getRequestURI().substring(request.getContextPath().length()).split("/");
        String lang = parts.length > 2 && languages.isAvailable(parts[2]) ? parts[2] : languages.preferred(request);
        GuideTexts t = pages.texts(lang);
        return pages.render(HttpStatus.NOT_FOUND, "notFound", pages.frame(request, lang, t.get("guide.not-found.title"), List.of(), ""), Map.of());
    }

    private List<ChapterSummary> active(String lang) {
        return chapters.list(lang).stream().filter(chapter -> chapter.state() == ChapterState.ACTIVE).toList();
    }

    private Map<String, String> chapterNames(String lang) {
        Map<String, String> names = new LinkedHashMap<>();
        active(lang).forEach(chapter -> names.put(chapter.id(), chapter.name()));
        return names;
    }

    private List<Option> chapterOptions(String lang) {
        return active(lang).stream().map(chapter -> new Option(chapter.id(), chapter.name())).toList();
    }

    private List<Option> themeOptions(String lang) {
        List<Option> options = new ArrayList<>();
        for (ThemeNode root : themes.tree(lang)) {
            options.add(new Option(root.slug(), root.label(), 0));
            root.children().forEach(child -> options.add(new Option(child.slug(), child.label(), 1)));
        }
        return options;
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
