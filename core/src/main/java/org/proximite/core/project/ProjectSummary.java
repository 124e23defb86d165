package org.proximite.core.project;

import java.util.List;

/** A project, named in the reader's language when it can be, with its funders and implementers. */
public record ProjectSummary(
        String slug,
        String name,
        String goal,
        String language,
        Integer startYear,
        Integer endYear,
        List<String> funders,
        List<String> implementers,
        String chapterId) {}
