package org.proximite.core.search;

import java.util.List;
import java.util.Map;

/**
 * One page of results, with the counts of every facet over all of them.
 *
 * @param facets facet name to its values, most frequent first
 * @param building true while the index is being built for the first time (results may be missing)
 */
public record SearchResults(List<SearchHit> hits, long total, int page, int size, Map<String, List<FacetValue>> facets, boolean building) {

    /**
     * One value of a facet.
     *
     * @param count how many results have it
     */
    public record FacetValue(String value, int count) {}
}
