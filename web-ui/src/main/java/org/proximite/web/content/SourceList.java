package org.proximite.web.content;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import org.proximite.core.content.Source;

/**
 * An item's sources as numbered references, the numbers its outcomes cite: author, title (linked
 * to its address), date, the language it is in, when it was consulted, and a note. Each reference
 * has an anchor ({@code #ref-N}) so that a citation can point to it. Hidden when there is none.
 */
public class SourceList extends Section {

    public SourceList(List<Source> sources) {
        this(sources, "ref");
    }

    /** @param prefix the anchors' prefix, unique on the page: reference N is {@code #prefix-N} */
    public SourceList(List<Source> sources, String prefix) {
        addClassName("references");
        OrderedList list = new OrderedList();
        for (int i = 0; i < sources.size(); i++) {
            ListItem item = new ListItem();
            item.setId(prefix + "-" + (i + 1));
            describe(item, sources.get(i));
            list.add(item);
        }
        add(new H2(getTranslation("sources.title")), list);
        setVisible(!sources.isEmpty());
    }

    private void describe(ListItem item, Source source) {
        if (source.author() != null) {
            item.add(new Span(source.author() + ", "));
        }
        HtmlContainer title;
        if (source.url() != null) {
            title = new Anchor(source.url(), source.title());
            title.getElement().setAttribute("rel", "noopener noreferrer");
        } else {
            title = new Span(source.title());
        }
        title.addClassName("source-title");
        if (source.language() != null && source.language().matches("[A-Za-z0-9-]+")) {
            // The title is written in the source's language (one language; a source in several says nothing): readers' software
            // reads and spells it as such.
            title.getElement().setAttribute("lang", source.language());
        }
        item.add(title);
        List<String> details = new ArrayList<>();
        if (source.date() != null) {
            details.add(source.date());
        }
        if (source.language() != null) {
            details.add(getTranslation("sources.language", source.language()));
        }
        if (source.consulted() != null) {
            details.add(getTranslation("sources.consulted", source.consulted().toString()));
        }
        if (!details.isEmpty()) {
            item.add(new Span(" (" + String.join(", ", details) + ")"));
        }
        if (source.note() != null) {
            Span note = new Span(" " + source.note());
            note.addClassName("source-note");
            item.add(note);
        }
    }
}
