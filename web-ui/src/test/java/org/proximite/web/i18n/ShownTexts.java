package org.proximite.web.i18n;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.proximite.web.i18n.InterfaceTexts.Shown;

/**
 * Every text the open UI of a browser-less test shows or tells a screen reader: text nodes, the
 * attributes and properties that hold words (labels, placeholders, helper and error texts, titles,
 * ARIA labels, dialog headers and messages, a component's i18n), the HTML of {@code Html}
 * components, and each grid's headers and first rows. Opened dialogs and notifications are part of
 * the UI, so they are read too.
 */
final class ShownTexts {

    /** Attributes and properties that hold no words a person reads: addresses, styles, states, identifiers. */
    private static final Set<String> TECHNICAL = Set.of("class", "theme", "style", "id", "slot", "href", "src", "tabindex", "role", "type",
            "name", "autocomplete", "pattern", "router-link", "target", "rel", "lang", "dir", "for", "part", "download", "accept", "value",
            "allowedCharPattern", "_clientId", "overlayClass", "itemIdPath", "theme-name", "data-testid", "fileName");

    private static final int GRID_ROWS = 30;

    private ShownTexts() {}

    static List<Shown> ofCurrentUi() {
        List<Shown> texts = new ArrayList<>();
        Set<Element> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Component component : _find(Component.class)) {
            read(component.getElement(), lang(component.getElement()), texts, seen);
        }
        for (Grid<?> grid : _find(Grid.class)) {
            readGrid(grid, texts);
        }
        return texts;
    }

    /** The language the element is said to be in: its own {@code lang}, else its closest parent's. */
    private static String lang(Element element) {
        for (Element at = element; at != null; at = at.getParent()) {
            if (!at.isTextNode() && at.hasAttribute("lang")) {
                return at.getAttribute("lang");
            }
        }
        return null;
    }

    private static void read(Element element, String inherited, List<Shown> texts, Set<Element> seen) {
        if (!seen.add(element)) {
            return;
        }
        if (element.isTextNode()) {
            texts.add(new Shown(element.getText(), inherited));
            return;
        }
        String lang = element.hasAttribute("lang") ? element.getAttribute("lang") : inherited;
        for (String attribute : element.getAttributeNames().toList()) {
            if (!TECHNICAL.contains(attribute)) {
                texts.add(new Shown(element.getAttribute(attribute), lang));
            }
        }
        for (String property : element.getPropertyNames().toList()) {
            if (TECHNICAL.contains(property)) {
                continue;
            }
            Object value = element.getPropertyRaw(property);
            if (property.equals("innerHTML") && value instanceof String html) {
                HtmlTexts.read(Jsoup.parseBodyFragment(html).body(), lang, texts);
            } else if (value instanceof String text) {
                texts.add(new Shown(text, lang));
            } else if (value != null && !(value instanceof Boolean) && !(value instanceof Number)) {
                // A component's i18n and other objects: their words, as JSON.
                texts.add(new Shown(value.toString(), lang));
            }
        }
        element.getChildren().forEach(child -> read(child, lang, texts, seen));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void readGrid(Grid grid, List<Shown> texts) {
        String lang = lang(grid.getElement());
        for (Object column : grid.getColumns()) {
            texts.add(new Shown(((Grid.Column<?>) column).getHeaderText(), lang));
        }
        int rows = Math.min(GridKt._size(grid), GRID_ROWS);
        for (Object item : GridKt._fetch(grid, 0, rows)) {
            for (Object cell : GridKt._getFormattedRow(grid, item)) {
                texts.add(new Shown((String) cell, lang));
            }
        }
    }
}
