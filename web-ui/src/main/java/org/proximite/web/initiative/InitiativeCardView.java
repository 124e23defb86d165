package org.proximite.web.initiative;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;

import org.proximite.core.initiative.InitiativeCard;
import org.proximite.web.content.Badge;
import org.proximite.web.content.FallbackNotice;

/** An initiative in a list: title, when and where, how many took part, summary. */
public class InitiativeCardView extends Div {

    public InitiativeCardView(InitiativeCard card) {
        addClassNames("card", "initiative-card");
        RouterLink title = new RouterLink(card.title(), InitiativeView.class, InitiativeView.parameters(card.slug()));
        title.getElement().setAttribute("lang", card.language());
        add(new H3(title));
        if (card.fallback()) {
            add(new FallbackNotice(card.language()));
        }
        Div facts = new Div(new Badge(InitiativeLabels.kind(this, card.kind()), "kind"));
        facts.addClassName("badges");
        String when = InitiativeLabels.when(getLocale(), card.startDate(), null, card.year());
        if (!when.isEmpty()) {
            facts.add(new Badge(when, "date"));
        }
        String where = InitiativeLabels.where(card.locality(), card.countryCode(), getLocale());
        if (!where.isEmpty()) {
            facts.add(new Badge(where, "place"));
        }
        if (card.participantsTotal() != null) {
            facts.add(new Badge(getTranslation("initiative.participants.count", card.participantsTotal()), "participants"));
        }
        if (card.planned()) {
            facts.add(new Badge(getTranslation("initiative.planned"), "planned"));
        }
        if (card.archived()) {
            facts.add(new Badge(getTranslation("status.archived"), "archived"));
        }
        add(facts);
        Paragraph summary = new Paragraph(card.summary());
        summary.getElement().setAttribute("lang", card.language());
        add(summary);
    }
}
