package org.proximite.web.guide;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.proximite.core.search.SearchIndex;
import org.proximite.core.search.SearchQuery;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page: a form that works without script, results with their passages, and facets as links. */
@Controller
class GuideSearch {

    private final GuidePages pages;
    private final GuideLanguages languages;
    private final SearchIndex index;
    private final FacetLabels labels;
    private final GuideReading reading;

    GuideSearch(GuidePages pages, GuideLanguages languages, SearchIndex index, FacetLabels labels, GuideReading reading) {
        this.pages = pages;
        this.languages = languages;
        this.index = index;
        this.labels = labels;
        this.reading = reading;
    }

    @GetMapping("/guide/{lang}/search")
    ResponseEntity<String> search(@PathVariable String lang, @RequestParam(required = false) String q,
            @RequestParam Map<String, String> parameters, HttpServletRequest request) {
        if (!languages.isAvailable(lang)) {
            return reading.notFound(request);
        }
        Map<String, String> filters = new LinkedHashMap<>();
        SearchIndex.FACETS.forEach(facet -> {
            String value = parameters.get(facet);
            if (value != null && !value.isBlank()) {
                filters.put(facet, value);
            }
        });
        int page = Pager.parse(parameters.get("page"));
        String text = q == null ? "" : q;
        boolean asked = !text.isBlank() || !filters.isEmpty();
        var results = asked ? index.search(new SearchQuery(text, lang, filters, page, GuideReading.PAGE_SIZE)) : null;
        GuideTexts t = pages.texts(lang);
        GuideFrame frame = pages.frame(request, lang, text.isBlank() ? t.get("search.title") : t.get("search.title.for", text), null, "search");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("page", new SearchPage(text, filters, results,
                results == null ? null : Pager.of(frame.link(frame.path()), page, GuideReading.PAGE_SIZE, results.total()),
                labels.of(lang, t), frame.link("/search")));
        return pages.render("search", frame, params);
    }
}
