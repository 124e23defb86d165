package org.proximite.core.chapter;

import java.nio.file.Path;
import java.util.Map;
import org.proximite.chapter.api.ChapterContent;
import org.proximite.chapter.format.jar.SignatureStatus;

/**
 * A chapter jar that passed inspection: safe to read, meant for this host, its content checked.
 *
 * @param staged the jar's copy in the staging folder
 * @param dependencies other chapters it needs, by id, with the versions it accepts
 * @param pluginClass null for a content-only chapter
 */
public record ChapterPackage(
        String fileName,
        Path staged,
        long size,
        String sha256,
        String pluginId,
        String version,
        String requires,
        Map<String, String> dependencies,
        String pluginClass,
        SignatureStatus signature,
        boolean carriesClasses,
        ChapterContent content) {

    /** Whether the jar carries code: classes, an extension index, or a Plugin-Class. */
    public boolean hasCode() {
        return carriesClasses || pluginClass != null && !pluginClass.isBlank() && !"org.pf4j.Plugin".equals(pluginClass.strip());
    }
}
