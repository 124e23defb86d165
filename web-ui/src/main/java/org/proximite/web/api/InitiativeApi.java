package org.proximite.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.proximite.core.initiative.InitiativeCard;
import org.proximite.core.initiative.InitiativePage;
import org.proximite.core.initiative.InitiativeQueries;
import org.proximite.core.content.ContentLink;
import org.proximite.core.text.MarkdownRenderer;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Published initiatives, read-only. */
@Tag(name = "Initiatives", description = "What happened, where, with whom, with what result")
@RestController
@RequestMapping("/api/v1/initiatives")
class InitiativeApi {

    private final InitiativeQueries initiatives;
    private final ApiLanguage languages;
    private final MarkdownRenderer markdown;

    InitiativeApi(InitiativeQueries initiatives, ApiLanguage languages, MarkdownRenderer markdown) {
        this.initiatives = initiatives;
        this.languages = languages;
        this.markdown = markdown;
    }

    /**
     * An initiative in a list; {@code fallback} is true when the texts are not in the language asked for, {@code planned}
     * when it has not taken place yet.
     */
    record InitiativeItem(String slug, String title, String summary, String language, boolean fallback, String kind,
            String country, String locality, LocalDate startDate, Integer year, boolean planned, Integer participantsTotal, String chapter) {

        static InitiativeItem of(InitiativeCard card) {
            return new InitiativeItem(card.slug(), card.title(), card.summary(), card.language(), card.fallback(), card.kind(),
                    card.countryCode(), card.locality(), card.startDate(), card.year(), card.planned(), card.participantsTotal(), card.chapterId());
        }
    }

    /** An initiative in one language: {@code body} and {@code outcomes} in Markdown, and each as sanitised HTML beside it. */
    record InitiativeDetail(String slug, String language, boolean fallback, List<String> fallbackFields, List<String> languages, String kind,
            String country, String locality, LocalDate startDate, LocalDate endDate, Integer year, boolean planned, Integer participantsTotal,
            List<InitiativePage.ParticipantCount> participants, List<String> organisations, String chapter, String title,
            String summary, String body, String bodyHtml, String outcomes, String outcomesHtml, List<ContentLink> practices, List<ApiSource> sources) {}

    @Operation(summary = "List published initiatives, most recent first")
    @GetMapping
    ApiPage<InitiativeItem> list(@RequestParam(required = false) String lang, @RequestParam(required = false) String chapter,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return ApiPage.of(initiatives.list(languages.require(lang), PracticeApi.blankToNull(chapter), false, ApiPage.request(page, size)),
                InitiativeItem::of);
    }

    @Operation(summary = "One published initiative", description = "practices are links {slug, title, language}: language is the one "
            + "the title is written in, the asked one or else the practice's default language")
    @GetMapping("/{slug}")
    InitiativeDetail get(@PathVariable String slug, @RequestParam(required = false) String lang) {
        InitiativePage page = initiatives.find(slug, languages.require(lang), false)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No published initiative '" + slug + "'"));
        var text = page.shown().text();
        Integer year = page.facts().year() != null ? page.facts().year() : page.facts().startDate() != null ? page.facts().startDate().getYear() : null;
        return new InitiativeDetail(page.item().slug(), page.shown().language(), page.shown().fallback(), page.shown().fallbackFields(),
                page.shown().languages(), page.facts().kind(),
                page.facts().countryCode(), page.facts().locality(), page.facts().startDate(), page.facts().endDate(), year, page.facts().planned(), page.facts().participantsTotal(),
                page.participants(), page.organisations(), page.item().chapterId(), text.title(), text.summary(), text.get("body"),
                html(text.get("body")), text.get("outcomes"), html(text.get("outcomes")), page.practices(), ApiSource.of(page.sources()));
    }

    /** The Markdown as sanitised HTML; null when there is none. */
    private String html(String markdownText) {
        return markdownText == null ? null : markdown.toSafeHtml(markdownText);
    }
}
