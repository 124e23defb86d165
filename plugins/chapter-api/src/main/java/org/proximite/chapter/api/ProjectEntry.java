package org.proximite.chapter.api;

import java.util.List;
import java.util.Map;

/** A project: who funded it, who implemented it, when, and its name and goal per language. */
public record ProjectEntry(
        String slug,
        Integer startYear,
        Integer endYear,
        List<String> funders,
        List<String> implementers,
        Map<String, ProjectText> texts) {

    public record ProjectText(String name, String goal) {}
}
