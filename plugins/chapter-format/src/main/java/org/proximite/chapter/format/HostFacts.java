package org.proximite.chapter.format;

import java.util.Set;

/**
 * What a chapter's content may refer to beyond its own files: what the host knows. The server
 * reads it from its database; the authors' tool builds it from what every host knows and from the
 * chapter jars it is given.
 *
 * @param languages languages the host knows (no name needed in the chapter)
 * @param stakeholderGroups codes participant counts may use
 * @param dependencyPractices slugs of practices brought by the chapters it depends on
 */
public record HostFacts(Set<String> languages, Set<String> stakeholderGroups, Set<String> dependencyPractices) {}
