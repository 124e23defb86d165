package org.proximite.web.practice;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.proximite.core.practice.PracticeOutcome;
import org.proximite.web.content.EvidenceLabels;
import org.proximite.web.content.OutcomeLabels;

/**
 * A practice's outcomes, each on its own line: the outcome, what was found, how strongly it is
 * known, and the numbers of the references that support it, linked to them. The practice's level
 * shown beside its title is the highest of these. Hidden when the practice rates no outcome.
 */
class OutcomeList extends Div {

    OutcomeList(List<PracticeOutcome> outcomes) {
        addClassName("outcomes");
        UnorderedList list = new UnorderedList();
        for (PracticeOutcome outcome : outcomes) {
            ListItem item = new ListItem();
            item.addClassName("outcome");
            Span name = new Span(OutcomeLabels.name(this, outcome.outcome()));
            name.addClassName("outcome-name");
            item.add(name, new Span(getTranslation("outcomes.line", OutcomeLabels.direction(this, outcome.direction()),
                    EvidenceLabels.name(this, outcome.level()))));
            for (int number : outcome.sources()) {
                Anchor citation = new Anchor("#ref-" + number, "[" + number + "]");
                citation.addClassName("citation");
                item.add(new Span(" "), citation);
            }
            list.add(item);
        }
        add(new H3(getTranslation("outcomes.title")), list);
        setVisible(!outcomes.isEmpty());
    }
}
