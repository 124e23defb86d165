package org.proximite.web.editing;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Locale;
import org.proximite.core.workflow.WorkflowRefusedException;

/** The workflow's refusals in the user's words: the states and moves they name are translated too, never shown as codes. */
public final class WorkflowWords {

    private WorkflowWords() {}

    public static String refusal(Component component, WorkflowRefusedException e) {
        return refusal(component, e.code(), e.arguments());
    }

    public static String refusal(Component component, String code, List<String> arguments) {
        Object[] words = arguments.stream().map(argument -> word(component, argument)).toArray();
        return component.getTranslation(code, words);
    }

    /** A state's or a move's name in the user's words; anything else (a slug, a language, a number) as it is. */
    private static String word(Component component, String argument) {
        String lower = argument.toLowerCase(Locale.ROOT);
        return switch (argument) {
            case "DRAFT", "IN_REVIEW", "PUBLISHED", "ARCHIVED" -> component.getTranslation("status." + lower).toLowerCase(Locale.ROOT);
            case "SUBMIT", "RETURN", "PUBLISH", "ARCHIVE", "REOPEN" -> component.getTranslation("workflow.move." + lower);
            default -> argument;
        };
    }
}
