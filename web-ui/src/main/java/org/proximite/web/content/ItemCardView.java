package org.proximite.web.content;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/**
 * An item in a list, whatever its kind: its title as a link to its page, the notice when the text
 * is in another language than the reader's, its summary, then its badges. Each kind adds its own
 * badges; "archived" comes last.
 */
public class ItemCardView extends Div {

    private final Div badges = new Div();

    /**
     * @param page the item's page, a route with a {@code slug} parameter
     * @param language the language the title and summary are in
     */
    protected ItemCardView(Class<? extends Component> page, String slug, String title, String summary, String language, boolean fallback) {
        addClassName("card");
        RouterLink link = new RouterLink(title, page, new RouteParameters("slug", slug));
        link.getElement().setAttribute("lang", language);
        add(new H3(link));
        if (fallback) {
            add(new FallbackNotice(language));
        }
        Paragraph text = new Paragraph(summary);
        text.getElement().setAttribute("lang", language);
        badges.addClassName("badges");
        add(text, badges);
    }

    protected void addBadge(Badge badge) {
        badges.add(badge);
    }

    protected void addArchivedBadge(boolean archived) {
        if (archived) {
            badges.add(new Badge(getTranslation("status.archived"), "archived"));
        }
    }
}
