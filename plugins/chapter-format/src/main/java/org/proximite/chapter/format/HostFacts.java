package org.proximite.chapter.format;

import java.util.Map;
import java.util.Set;

/**
 * What a chapter's content may refer to beyond its own files, and what it must not take: what the
 * host knows. The server reads it from its database; the authors' tool builds it from what every
 * host knows and from the chapter jars it is given.
 *
 * @param languages languages the host knows (no name needed in the chapter)
 * @param stakeholderGroups codes participant counts may use
 * @param dependencyPractices slugs of practices brought by the chapters it depends on
 * @param practiceOwners practice slugs already used on the host, with who uses them: a chapter's
 *     id, or {@link #SITE} for content written on the site
 * @param initiativeOwners initiative slugs already used on the host, likewise
 * @param dependencyPracticesKnown false when a chapter it depends on is not at hand (the authors'
 *     tool without its jar): references to practices outside the chapter are then not checked,
 *     rather than all reported as dangling
 */
public record HostFacts(Set<String> languages, Set<String> stakeholderGroups, Set<String> dependencyPractices,
        Map<String, String> practiceOwners, Map<String, String> initiativeOwners, boolean dependencyPracticesKnown) {

    /** The owner of content written on the site rather than brought by a chapter. */
    public static final String SITE = "";

    public HostFacts {
        languages = Set.copyOf(languages);
        stakeholderGroups = Set.copyOf(stakeholderGroups);
        dependencyPractices = Set.copyOf(dependencyPractices);
        practiceOwners = Map.copyOf(practiceOwners);
        initiativeOwners = Map.copyOf(initiativeOwners);
    }

    /** Facts of a host, which knows every chapter installed on it. */
    public HostFacts(Set<String> languages, Set<String> stakeholderGroups, Set<String> dependencyPractices,
            Map<String, String> practiceOwners, Map<String, String> initiativeOwners) {
        this(languages, stakeholderGroups, dependencyPractices, practiceOwners, initiativeOwners, true);
    }

    /** Facts of a host where no practice or initiative slug is taken yet. */
    public HostFacts(Set<String> languages, Set<String> stakeholderGroups, Set<String> dependencyPractices) {
        this(languages, stakeholderGroups, dependencyPractices, Map.of(), Map.of(), true);
    }
}
