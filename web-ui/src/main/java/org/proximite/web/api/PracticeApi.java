package org.proximite.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import org.proximite.chapter.api.EvidenceLevel;
import org.proximite.chapter.api.OutcomeEntry;
import org.proximite.core.practice.PracticeCard;
import org.proximite.core.practice.PracticeFilter;
import org.proximite.core.practice.PracticeOutcome;
import org.proximite.core.practice.PracticePage;
import org.proximite.core.content.ContentLink;
import org.proximite.core.content.Resource;
import org.proximite.core.practice.PracticeQueries;
import org.proximite.core.text.MarkdownRenderer;
import org.proximite.core.theme.ThemeRef;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Published practices, read-only. */
@Tag(name = "Practices", description = "Reusable ways of working, with how to do them and what is known of their effect")
@RestController
@RequestMapping("/api/v1/practices")
class PracticeApi {

    private final PracticeQueries practices;
    private final ApiLanguage languages;
    private final MarkdownRenderer markdown;

    PracticeApi(PracticeQueries practices, ApiLanguage languages, MarkdownRenderer markdown) {
        this.practices = practices;
        this.languages = languages;
        this.markdown = markdown;
    }

    /**
     * A practice in a list.
     *
     * @param language the language of title and summary
     * @param fallback true when that is not the language asked for: no translation yet
     */
    record PracticeItem(String slug, String title, String summary, String language, boolean fallback,
            String evidenceLevel, String chapter, List<ThemeRef> themes, OffsetDateTime updatedAt) {

        static PracticeItem of(PracticeCard card) {
            return new PracticeItem(card.slug(), card.title(), card.summary(), card.language(), card.fallback(),
                    card.evidenceLevel().code(), card.chapterId(), card.themes(), card.updatedAt());
        }
    }

    /**
     * A practice with its texts in one language: Markdown, and beside each Markdown field the same
     * as sanitised HTML, safe to show as it is (links only https, http and mailto; no script, no
     * event handler, no style).
     *
     * @param fallbackFields fields missing in {@code language} and shown in the practice's default language
     */
    record PracticeDetail(String slug, String language, boolean fallback, List<String> fallbackFields, List<String> languages, String evidenceLevel,
            String chapter, String title, String summary, String body, String bodyHtml, Sections sections, List<ThemeRef> themes,
            List<Resource> resources, List<ApiSource> sources, List<Outcome> outcomes, List<ContentLink> related,
            List<ContentLink> initiatives, List<PracticePage.Adaptation> adaptations, OffsetDateTime updatedAt) {}

    /**
     * One outcome of the practice, rated on its own.
     *
     * @param outcome for example trust-in-police, reporting-of-crime, perceived-safety, crime
     * @param direction positive, none, negative, mixed or not-measured
     * @param evidenceLevel practice-based, monitored, evaluated or established
     * @param sources the numbers of the references that support it
     */
    record Outcome(String outcome, String direction, String evidenceLevel, List<Integer> sources) {

        static Outcome of(PracticeOutcome outcome) {
            return new Outcome(outcome.outcome(), outcome.direction().code(), outcome.level().code(), outcome.sources());
        }
    }

    /** The EMMIE sections (effect and its evidence, mechanism, context, implementation, cost), each in Markdown and as sanitised HTML. */
    record Sections(String effect, String effectHtml, String mechanism, String mechanismHtml, String context, String contextHtml,
            String implementation, String implementationHtml, String cost, String costHtml) {}

    @Operation(summary = "List published practices", description = "Texts in the asked language, or in the practice's default language with fallback=true")
    @GetMapping
    ApiPage<PracticeItem> list(
            @Parameter(description = "Language code, for example fr or en (default fr)") @RequestParam(required = false) String lang,
            @Parameter(description = "Page number, from 0") @RequestParam(required = false) Integer page,
            @Parameter(description = "Practices per page, 1 to 500 (default 50)") @RequestParam(required = false) Integer size,
            @Parameter(description = "Theme slug; includes its child themes") @RequestParam(required = false) String theme,
            @Parameter(description = "Chapter id, for example guinea") @RequestParam(required = false) String chapter,
            @Parameter(description = "Evidence level: practice-based, monitored, evaluated, established; with outcome, that outcome's level")
            @RequestParam(required = false) String level,
            @Parameter(description = "An outcome the practice is rated on, for example trust-in-police") @RequestParam(required = false)
            String outcome) {
        EvidenceLevel evidence = level == null || level.isBlank() ? null : EvidenceLevel.fromCode(level)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
                        "Unknown evidence level '" + level + "': use practice-based, monitored, evaluated or established"));
        String rated = blankToNull(outcome);
        if (rated != null && !OutcomeEntry.OUTCOMES.contains(rated)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "Unknown outcome '" + rated + "': use one of " + String.join(", ", OutcomeEntry.OUTCOMES.stream().sorted().toList()));
        }
        return ApiPage.of(practices.list(new PracticeFilter(languages.require(lang), blankToNull(theme), blankToNull(chapter), evidence, rated, null,
                        false),
                ApiPage.request(page, size)), PracticeItem::of);
    }

    @Operation(summary = "One published practice", description = "related and initiatives are links {slug, title, language}: language is the one "
            + "the title is written in, the asked one or else the linked item's default language")
    @GetMapping("/{slug}")
    PracticeDetail get(@PathVariable String slug, @RequestParam(required = false) String lang) {
        PracticePage page = practices.find(slug, languages.require(lang), false)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No published practice '" + slug + "'"));
        var text = page.shown().text();
        return new PracticeDetail(page.item().slug(), page.shown().language(), page.shown().fallback(), page.shown().fallbackFields(),
                page.shown().languages(), page.evidenceLevel().code(), page.item().chapterId(), text.title(), text.summary(), text.get("body"),
                html(text.get("body")), new Sections(text.get("effect"), html(text.get("effect")), text.get("mechanism"), html(text.get("mechanism")),
                        text.get("context"), html(text.get("context")), text.get("implementation"), html(text.get("implementation")),
                        text.get("cost"), html(text.get("cost"))),
                page.themes(), page.resources(), ApiSource.of(page.sources()), page.outcomes().stream().map(Outcome::of).toList(), page.related(), page.appliedIn(), page.adaptations(), page.item().updatedAt());
    }

    /** The Markdown as sanitised HTML; null when there is none. */
    private String html(String markdownText) {
        return markdownText == null ? null : markdown.toSafeHtml(markdownText);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
