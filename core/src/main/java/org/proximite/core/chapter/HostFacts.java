package org.proximite.core.chapter;

import java.util.Set;

/**
 * What a chapter's content may refer to beyond its own files.
 *
 * @param languages languages the host knows (no name needed in the chapter)
 * @param stakeholderGroups codes participant counts may use
 * @param dependencyPractices slugs of practices brought by the chapters it depends on
 */
public record HostFacts(Set<String> languages, Set<String> stakeholderGroups, Set<String> dependencyPractices) {}
