package org.proximite.chapter.format.jar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import org.proximite.chapter.api.ChapterLayout;
import org.proximite.chapter.format.Reason;
import org.proximite.chapter.format.text.Printable;

/**
 * The PF4J attributes of a chapter's manifest, as a jar carries them or as the chapter's
 * {@code pom.xml} will write them, and what is wrong with them.
 *
 * @param pluginId {@code Plugin-Id}: the chapter's id, a slug
 * @param version {@code Plugin-Version}: a semantic version
 * @param requires {@code Plugin-Requires}: the host versions it accepts, with an upper bound
 * @param dependencies {@code Plugin-Dependencies}: {@code id@range, ...}
 * @param pluginClass {@code Plugin-Class}: null for a content-only chapter
 */
public record ChapterManifest(String pluginId, String version, String requires, String dependencies, String pluginClass) {

    public static ChapterManifest of(Attributes attributes) {
        return new ChapterManifest(strip(attributes.getValue("Plugin-Id")), strip(attributes.getValue("Plugin-Version")),
                attributes.getValue("Plugin-Requires"), attributes.getValue("Plugin-Dependencies"), attributes.getValue("Plugin-Class"));
    }

    /**
     * What makes the id or the version unusable. Both end up in file names and in the order of
     * upgrades, so nothing else of the jar is looked at while they are wrong.
     */
    public List<Reason> identityProblems() {
        List<Reason> problems = new ArrayList<>();
        if (pluginId == null || pluginId.isBlank()) {
            problems.add(Reason.of("manifest.id.missing"));
        } else if (!ChapterLayout.isValidSlug(pluginId)) {
            problems.add(Reason.of("manifest.id.malformed", Printable.of(pluginId), ChapterLayout.SLUG_MAX_LENGTH));
        }
        if (version == null || version.isBlank()) {
            problems.add(Reason.of("manifest.version.missing"));
        } else if (!SemanticVersion.isValid(version)) {
            problems.add(Reason.of("manifest.version.malformed", Printable.of(version)));
        }
        return problems;
    }

    /** Everything wrong with the manifest on this host: identity, host versions, dependencies. */
    public List<Reason> problems() {
        List<Reason> problems = new ArrayList<>(identityProblems());
        problems.addAll(HostRequirement.problems(requires));
        problems.addAll(dependencyProblems());
        return problems;
    }

    /** {@code Plugin-Dependencies} lists chapter ids, each with the versions it accepts. */
    public List<Reason> dependencyProblems() {
        List<Reason> problems = new ArrayList<>();
        dependencyRanges().forEach((id, range) -> {
            if (!ChapterLayout.isValidSlug(id)) {
                problems.add(Reason.of("manifest.dependency.id", Printable.of(id)));
            } else if (!range.equals("*") && VersionRange.parse(range).isEmpty()) {
                problems.add(Reason.of("manifest.dependency.range", id, Printable.of(range)));
            }
        });
        return problems;
    }

    /** {@code guinea@>=1.0.0 & <2.0.0, other}: chapter id to accepted versions ({@code *} for any). */
    public Map<String, String> dependencyRanges() {
        return parseDependencies(dependencies);
    }

    public static Map<String, String> parseDependencies(String declared) {
        Map<String, String> ranges = new LinkedHashMap<>();
        if (declared != null) {
            for (String item : declared.split(",")) {
                String[] parts = item.strip().split("@", 2);
                if (!parts[0].isBlank()) {
                    ranges.put(parts[0].strip(), parts.length > 1 ? parts[1].strip() : "*");
                }
            }
        }
        return ranges;
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
