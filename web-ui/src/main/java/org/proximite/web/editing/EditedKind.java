package org.proximite.web.editing;

import com.vaadin.flow.component.Component;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.content.ItemDraft;

/**
 * What the shared editor needs to know of one kind of item: how to load one of its drafts or start
 * a blank one, how to reach the part every item has in it, how to carry a draft over what someone
 * else saved meanwhile, and where its items are listed and read.
 *
 * @param <D> the kind's draft
 * @param load the draft of an item by its slug; throws {@code ContentNotFoundException} when there is none
 * @param blank a new draft in a default language
 * @param rebase the editor's draft carried over the item as stored now, with their choice on the fields both changed
 * @param list the view listing items of this kind, where cancelling a new item leads
 * @param reader the item's page, a route with a {@code slug} parameter
 * @param type the draft's class, to read back a draft kept while it was being written
 */
public record EditedKind<D>(
        ItemKind kind,
        Function<String, D> load,
        Function<String, D> blank,
        Function<D, ItemDraft> item,
        BiFunction<D, ItemDraft, D> withItem,
        Rebase<D> rebase,
        Class<? extends Component> list,
        Class<? extends Component> reader,
        Class<D> type) {

    /** Carries a draft over the item as stored now. */
    @FunctionalInterface
    public interface Rebase<D> {

        /**
         * @param mine the editor's draft
         * @param current the item as stored now, as loaded
         * @param takeTheirs the fields both changed for which the stored value wins, by {@code EditConflict.key()}
         */
        D apply(D mine, D current, Set<String> takeTheirs);
    }
}
