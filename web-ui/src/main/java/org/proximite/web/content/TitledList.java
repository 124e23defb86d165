package org.proximite.web.content;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.proximite.core.content.ContentLink;

/**
 * A titled list below an item's text: related items, resources, participants. Hidden when the list
 * is empty, so that pages need no test of their own.
 */
public class TitledList extends Section {

    public TitledList(String title, List<? extends Component> entries) {
        addClassName("related");
        UnorderedList list = new UnorderedList();
        entries.forEach(entry -> list.add(new ListItem(entry)));
        add(new H2(title), list);
        setVisible(!entries.isEmpty());
    }

    /**
     * Links to items shown by {@code view}, a route with a {@code slug} parameter, each marked with
     * the language of its title: one that falls back to another language is read out in that one.
     */
    public static List<RouterLink> links(List<ContentLink> links, Class<? extends Component> view) {
        return links.stream().map(link -> link(link.title(), link.language(), view, link.slug())).toList();
    }

    /** A link to the item of this slug shown by {@code view}, its title marked with the language it is written in. */
    public static RouterLink link(String title, String language, Class<? extends Component> view, String slug) {
        RouterLink link = new RouterLink(title, view, new RouteParameters("slug", slug));
        link.getElement().setAttribute("lang", language);
        return link;
    }
}
