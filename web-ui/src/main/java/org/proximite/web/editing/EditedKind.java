package org.proximite.web.editing;

import com.vaadin.flow.component.Component;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.content.ItemDraft;

/**
 * What the shared editor needs to know of one kind of item: how to load one of its drafts or start
 * a blank one, how to reach the part every item has in it, and where its items are listed and read.
 *
 * @param <D> the kind's draft
 * @param load the draft of an item by its slug; throws {@code ContentNotFoundException} when there is none
 * @param blank a new draft in a default language
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
        Class<? extends Component> list,
        Class<? extends Component> reader,
        Class<D> type) {}
