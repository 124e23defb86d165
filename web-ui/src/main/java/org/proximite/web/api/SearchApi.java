package org.proximite.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.proximite.core.search.SearchHit;
import org.proximite.core.search.SearchIndex;
import org.proximite.core.search.SearchQuery;
import org.proximite.core.search.SearchResults;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Search over everything published, in every language. */
@Tag(name = "Search", description = "Published practices and initiatives, in every language, with facets")
@RestController
@RequestMapping("/api/v1/search")
class SearchApi {

    private final SearchIndex index;
    private final ApiLanguage languages;

    SearchApi(SearchIndex index, ApiLanguage languages) {
        this.index = index;
        this.languages = languages;
    }

    /**
     * One page of results with the counts of each facet over all of them; {@code building} is
     * true while this instance builds its index for the first time.
     */
    record SearchAnswer(List<SearchHit> items, int page, int size, long total, Map<String, List<SearchResults.FacetValue>> facets,
            boolean building) {}

    @Operation(summary = "Search published content",
            description = "Words are found with or without accents, in any number, with a typo or two; results in the language asked come "
                    + "first and are shown in it when they exist in it. Each item's snippetHtml has the words found in <mark> and everything "
                    + "else escaped. Facet parameters (kind, theme, chapter, level, initiativeKind, language) narrow the results.")
    @GetMapping
    SearchAnswer search(@RequestParam(required = false) String q, @RequestParam(required = false) String lang,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String theme,
            @RequestParam(required = false) String chapter, @RequestParam(required = false) String level,
            @RequestParam(required = false) String initiativeKind, @RequestParam(required = false) String language,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        int number = page == null ? 0 : page;
        int perPage = size == null ? 20 : size;
        if (number < 0 || number > 10_000 || perPage < 1 || perPage > SearchQuery.MAX_SIZE) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "page must be between 0 and 10000 and size between 1 and " + SearchQuery.MAX_SIZE + " (got page=" + number + ", size=" + perPage + ")");
        }
        Map<String, String> filters = new LinkedHashMap<>();
        put(filters, "kind", kind);
        put(filters, "theme", theme);
        put(filters, "chapter", chapter);
        put(filters, "level", level == null ? null : level.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        put(filters, "initiativeKind", initiativeKind);
        put(filters, "language", language);
        SearchResults results = index.search(new SearchQuery(q, languages.require(lang), filters, number, perPage));
        return new SearchAnswer(results.hits(), results.page(), results.size(), results.total(), results.facets(), results.building());
    }

    private static void put(Map<String, String> filters, String name, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(name, value.strip());
        }
    }
}
