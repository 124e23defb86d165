package org.proximite.core.theme;

import java.util.List;

/** A theme with its children and the number of published practices filed under it or them. */
public record ThemeNode(String slug, String label, int practiceCount, List<ThemeNode> children) {}
