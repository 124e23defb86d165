package org.proximite.core.chapter;

import java.util.List;
import org.proximite.core.content.Source;

/**
 * A page about a chapter's country or partner, in one language.
 *
 * @param fallback true when it is not in the language asked for
 * @param sources its numbered references
 */
public record ContextPage(String slug, String title, String body, String language, boolean fallback, List<Source> sources) {}
