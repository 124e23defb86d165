package org.proximite.chapter.api;

import java.util.Map;

/** A theme, with its parent's slug when it is nested, and its label per language. */
public record ThemeEntry(String slug, String parentSlug, Map<String, String> label) {}
