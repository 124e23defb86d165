package org.proximite.web.practice;

import org.proximite.core.practice.PracticeCard;
import org.proximite.web.content.Badge;
import org.proximite.web.content.EvidenceLabels;
import org.proximite.web.content.ItemCardView;

/** A practice in a list: what every item's card shows, with its evidence level and themes. */
public class PracticeCardView extends ItemCardView {

    public PracticeCardView(PracticeCard card) {
        super(PracticeView.class, card.slug(), card.title(), card.summary(), card.language(), card.fallback());
        addClassName("practice-card");
        addBadge(new Badge(EvidenceLabels.name(this, card.evidenceLevel()), "evidence"));
        card.themes().forEach(theme -> addBadge(new Badge(theme.label(), "theme")));
        addArchivedBadge(card.archived());
    }
}
