package org.proximite.web.practice;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;

import org.proximite.core.practice.PracticeCard;
import org.proximite.web.content.Badge;
import org.proximite.web.content.EvidenceLabels;
import org.proximite.web.content.FallbackNotice;

/** A practice in a list: its title as a link, its summary, its evidence level and themes. */
public class PracticeCardView extends Div {

    public PracticeCardView(PracticeCard card) {
        addClassNames("card", "practice-card");
        RouterLink title = new RouterLink(card.title(), PracticeView.class, PracticeView.parameters(card.slug()));
        title.getElement().setAttribute("lang", card.language());
        add(new H3(title));
        if (card.fallback()) {
            add(new FallbackNotice(card.language()));
        }
        Paragraph summary = new Paragraph(card.summary());
        summary.getElement().setAttribute("lang", card.language());
        add(summary);
        Div badges = new Div(new Badge(EvidenceLabels.name(this, card.evidenceLevel()), "evidence"));
        badges.addClassName("badges");
        if (card.archived()) {
            badges.add(new Badge(getTranslation("status.archived"), "archived"));
        }
        card.themes().forEach(theme -> badges.add(new Badge(theme.label(), "theme")));
        add(badges);
    }
}
