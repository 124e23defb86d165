package org.proximite.core.chapter.installing;

import java.util.Map;
import org.proximite.core.chapter.TextConflict;

/**
 * An admin's answers to a plan's decisions.
 *
 * @param confirmDowngrade installing an older version is intended
 * @param confirmPublisherChange another publisher (or other content) taking over the chapter's id is intended
 * @param resolutions how each conflict is settled, by {@link TextConflict#key()}
 */
public record Answers(boolean confirmDowngrade, boolean confirmPublisherChange, Map<String, TextConflict.Resolution> resolutions) {

    public Answers {
        resolutions = resolutions == null ? Map.of() : Map.copyOf(resolutions);
    }

    public static Answers none() {
        return new Answers(false, false, Map.of());
    }

    public static Answers confirmingDowngrade() {
        return new Answers(true, false, Map.of());
    }

    public static Answers settling(Map<String, TextConflict.Resolution> resolutions) {
        return new Answers(false, false, resolutions);
    }
}
