package org.proximite.web.content;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import org.proximite.core.content.ItemQueries.StoredItem;
import org.proximite.core.content.ShownPage;

/**
 * The top of an item's page, whatever its kind: the title, the notice when the text is in another
 * language than the reader's, the kind's badges then "archived", and for editors a button to the
 * editor.
 */
public class ItemHeading extends Header {

    public ItemHeading(StoredItem item, ShownPage shown, List<Badge> badges) {
        addClassName("item-heading");
        H1 title = new H1(shown.text().title());
        title.getElement().setAttribute("lang", shown.language());
        add(title);
        if (shown.fallback()) {
            add(new FallbackNotice(shown.language()));
        }
        Div row = new Div();
        row.addClassName("badges");
        badges.forEach(row::add);
        if (item.archived()) {
            row.add(new Badge(getTranslation("status.archived"), "archived"));
        }
        add(row);
    }

    /** Adds the button that opens the item in its editor. */
    public ItemHeading editableIn(Class<? extends Component> editor, StoredItem item) {
        Button edit = new Button(getTranslation(KindKeys.of(item.kind(), "edit")),
                click -> getUI().ifPresent(ui -> ui.navigate(editor, new RouteParameters("slug", item.slug()))));
        edit.addClassName("edit-button");
        add(edit);
        return this;
    }
}
