package org.proximite.core.exchange;

import org.proximite.chapter.format.ItemKind;
import org.proximite.core.actor.Actor;
import org.proximite.core.content.ItemDraft;

/**
 * What the exchange needs of a kind (practices, initiatives): its editing service, and its own
 * fields apart from what every item has.
 *
 * @param <D> the kind's draft
 * @param <O> the kind's own fields
 */
public interface ExchangedKind<D, O> {

    ItemKind kind();

    /** The item as stored, as an editor opens it. */
    D load(String slug);

    /** A new item's draft. */
    D blank(String defaultLanguage);

    ItemDraft item(D draft);

    O own(D draft);

    /**
     * The draft to save: {@code item} (which carries what it was loaded from) with the kind's own
     * fields {@code own}, changed from {@code ownBase}.
     */
    D edited(ItemDraft item, O own, O ownBase);

    /** Whether two values of the own fields say the same (as the save would store them). */
    boolean same(O a, O b);

    /** Saves through the kind's editing service, with its checks, and returns the draft as saved. */
    D save(D draft, Actor actor);
}
