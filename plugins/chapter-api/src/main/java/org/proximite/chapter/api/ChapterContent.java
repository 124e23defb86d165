package org.proximite.chapter.api;

import java.util.List;
import java.util.Map;

/**
 * Everything a content chapter brings, read from its jar.
 *
 * @param sources the sources its items cite, from {@code chapter/sources.yaml}
 * @param uiMessages interface texts per language code, for languages the chapter adds to the UI
 * @param branding how exports look, or null
 */
public record ChapterContent(
        ChapterDescriptor descriptor,
        List<ThemeEntry> themes,
        List<OrganisationEntry> organisations,
        List<ProjectEntry> projects,
        List<PracticeEntry> practices,
        List<InitiativeEntry> initiatives,
        List<ContextPageEntry> contextPages,
        List<AdaptationEntry> adaptations,
        List<TermEntry> terms,
        List<SourceEntry> sources,
        Map<String, Map<String, String>> uiMessages,
        BrandingEntry branding) {}
