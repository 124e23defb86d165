package org.proximite.chapter.api;

import java.util.Map;

/**
 * How a chapter adapts a practice that a chapter it depends on brought: per language, only the
 * fields it changes, and why.
 *
 * @param practice the adapted practice's slug
 * @param rationale why and how it is adapted, per language
 * @param fields per language, field name ({@code title}, {@code summary}, {@code body},
 *     {@code effect}, {@code mechanism}, {@code context}, {@code implementation}, {@code cost}) to its new text
 */
public record AdaptationEntry(String practice, Map<String, String> rationale, Map<String, Map<String, String>> fields) {

    public static final java.util.List<String> FIELDS =
            java.util.List.of("title", "summary", "body", "effect", "mechanism", "context", "implementation", "cost");
}
