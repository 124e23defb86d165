package org.proximite.web.initiative;

import org.proximite.core.initiative.InitiativeCard;
import org.proximite.core.initiative.InitiativeFacts;
import org.proximite.web.content.Badge;
import org.proximite.web.content.ItemCardView;

/** An initiative in a list: what every item's card shows, with its kind, when, where and how many took part. */
public class InitiativeCardView extends ItemCardView {

    public InitiativeCardView(InitiativeCard card) {
        super(InitiativeView.class, card.slug(), card.title(), card.summary(), card.language(), card.fallback());
        addClassName("initiative-card");
        InitiativeLabels.badges(this, getLocale(), new InitiativeFacts(card.kind(), card.countryCode(), card.locality(), card.startDate(), null,
                card.year(), card.planned(), card.participantsTotal())).forEach(this::addBadge);
        if (card.participantsTotal() != null) {
            addBadge(new Badge(getTranslation("initiative.participants.count", card.participantsTotal()), "participants"));
        }
        addArchivedBadge(card.archived());
    }
}
