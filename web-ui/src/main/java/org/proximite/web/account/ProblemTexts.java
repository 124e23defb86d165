package org.proximite.web.account;

import com.vaadin.flow.component.Component;
import java.util.stream.Collectors;
import org.proximite.core.actor.NotAllowedException;
import org.proximite.core.editing.InvalidEditException;

/** A refusal of the account services, in the reader's language: each problem's message, from its code. */
final class ProblemTexts {

    private ProblemTexts() {}

    static String of(Component view, InvalidEditException e) {
        return e.problems().stream()
                .map(problem -> view.getTranslation(problem.messageKey(), problem.arguments().toArray()))
                .collect(Collectors.joining(" "));
    }

    static String of(Component view, NotAllowedException e) {
        return view.getTranslation("editor." + e.code(), e.arguments().toArray());
    }
}
