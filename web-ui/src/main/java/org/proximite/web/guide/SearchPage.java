package org.proximite.web.guide;

import java.util.Map;
import org.proximite.core.search.SearchResults;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the search page shows.
 *
 * @param results null before anything was asked
 * @param base the search page's address without a query
 */
public record SearchPage(String text, Map<String, String> filters, SearchResults results, Pager pager, FacetLabels.Labels labels, String base) {

    /** The address of these results with one facet's value chosen, or removed when it is the chosen one. */
    public String toggle(String facet, String value) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(base);
        if (!text.isBlank()) {
            builder.queryParam("q", text);
        }
        filters.forEach((name, chosen) -> {
            if (!name.equals(facet)) {
                builder.queryParam(name, chosen);
            }
        });
        if (!value.equals(filters.get(facet))) {
            builder.queryParam(facet, value);
        }
        return builder.encode().build().toUriString();
    }

    /** The same words without any filter. */
    public String withoutFilters() {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(base);
        if (!text.isBlank()) {
            builder.queryParam("q", text);
        }
        return builder.encode().build().toUriString();
    }

    public boolean chosen(String facet, String value) {
        return value.equals(filters.get(facet));
    }
}
