package org.proximite.web.textimport;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.proximite.core.textimport.repair.Repair;

/**
 * A paragraph's repairs shown as a diff: the text as given with the repaired parts struck out, and
 * the text as repaired with what replaced them marked, a guessed repair marked apart. Text only:
 * nothing given is ever read as HTML.
 */
class RepairDiff extends Div {

    /** @param interfaceLanguage the language of the labels, which the text's own language marker must not cover */
    RepairDiff(String original, List<Repair> repairs, String beforeLabel, String afterLabel, String guessedTitle, String interfaceLanguage) {
        addClassName("import-diff");
        Paragraph before = new Paragraph(label(beforeLabel, interfaceLanguage));
        Paragraph after = new Paragraph(label(afterLabel, interfaceLanguage));
        before.addClassName("import-before");
        after.addClassName("import-after");
        int at = 0;
        for (Repair repair : repairs) {
            if (repair.position() > at) {
                String same = original.substring(at, repair.position());
                before.add(new Span(same));
                after.add(new Span(same));
            }
            Span removed = new Span(repair.from());
            removed.addClassName("import-removed");
            Span added = new Span(repair.to().isEmpty() ? "∅" : repair.to());
            added.addClassName("import-added");
            if (repair.guessed()) {
                added.addClassName("import-guessed");
                added.setTitle(guessedTitle);
            }
            before.add(removed);
            after.add(added);
            at = repair.position() + repair.from().length();
        }
        if (at < original.length()) {
            before.add(new Span(original.substring(at)));
            after.add(new Span(original.substring(at)));
        }
        add(before, after);
    }

    private static Span label(String text, String language) {
        Span label = new Span(text + " ");
        label.addClassName("import-diff-label");
        label.getElement().setAttribute("lang", language);
        return label;
    }
}
