package org.proximite.web.content;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.proximite.chapter.api.OutcomeDirection;
import org.proximite.chapter.api.OutcomeEntry;

/** The reader-facing names of the outcomes practices are rated on, and of what was found. */
public final class OutcomeLabels {

    private OutcomeLabels() {}

    /** The outcome codes, sorted, for filters. */
    public static List<String> codes() {
        return OutcomeEntry.OUTCOMES.stream().sorted().toList();
    }

    public static String name(Component component, String outcome) {
        return OutcomeEntry.OUTCOMES.contains(outcome) ? component.getTranslation("outcome." + outcome) : outcome;
    }

    public static String direction(Component component, OutcomeDirection direction) {
        return component.getTranslation("outcome.direction." + direction.code());
    }
}
