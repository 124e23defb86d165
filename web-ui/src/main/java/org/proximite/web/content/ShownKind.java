package org.proximite.web.content;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import java.util.function.Function;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.content.ItemQueries.StoredItem;
import org.proximite.core.content.ShownPage;

/**
 * What the shared item page needs to know of one kind: how to find one of its items as its page
 * shows it, how to reach the part every shown item has, and where its items are listed and edited.
 *
 * @param <P> the kind's page record
 * @param item the item as stored: slug, chapter, archived
 * @param shown its text in the language shown, with the fallback flag
 * @param list the view listing items of this kind, for the way back from a missing one
 * @param editor the kind's editor, a route with a {@code slug} parameter
 */
public record ShownKind<P>(
        ItemKind kind,
        Finder<P> find,
        Function<P, StoredItem> item,
        Function<P, ShownPage> shown,
        Class<? extends Component> list,
        Class<? extends Component> editor) {

    /** How a kind's queries find one item as its page shows it. */
    @FunctionalInterface
    public interface Finder<P> {

        /** The item in {@code language} or with the fallback flag; drafts too for {@code editors}. */
        Optional<P> find(String slug, String language, boolean editors);
    }
}
