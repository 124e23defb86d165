package org.proximite.chapter.api;

import java.util.List;
import java.util.Map;

/**
 * A page about the chapter's country or partner (its security context, its institutions, how the
 * guide was adapted), per language: a plain-text title and a Markdown body, with the keys of the
 * chapter's sources it cites.
 */
public record ContextPageEntry(String slug, List<String> sources, Map<String, PageText> texts) {

    public record PageText(String title, String body) {}
}
