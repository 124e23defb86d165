package org.proximite.web.content;

import com.vaadin.flow.component.Component;
import org.proximite.chapter.api.EvidenceLevel;

/** The reader-facing names and explanations of the evidence ladder's rungs. */
public final class EvidenceLabels {

    private EvidenceLabels() {}

    public static String name(Component component, EvidenceLevel level) {
        return component.getTranslation("evidence." + level.code());
    }

    public static String explanation(Component component, EvidenceLevel level) {
        return component.getTranslation("evidence." + level.code() + ".help");
    }
}
