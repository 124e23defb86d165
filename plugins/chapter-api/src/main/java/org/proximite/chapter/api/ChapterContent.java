package org.proximite.chapter.api;

import java.util.List;

/** Everything a content chapter brings, read from its jar. */
public record ChapterContent(
        ChapterDescriptor descriptor,
        List<ThemeEntry> themes,
        List<OrganisationEntry> organisations,
        List<ProjectEntry> projects,
        List<PracticeEntry> practices,
        List<InitiativeEntry> initiatives) {}
