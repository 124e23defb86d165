package org.proximite.web.editing;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.content.ItemDraft;
import org.proximite.core.text.MarkdownRenderer;
import org.proximite.web.i18n.UiLanguage;

/**
 * An item's texts side by side, one column per language, each with its own state: the
 * interface's languages first, then any other language the item already has.
 */
public class ItemTextColumns extends Composite<Div> {

    private final List<ItemTextFields> columns = new ArrayList<>();

    public ItemTextColumns(ItemKind kind, ItemDraft draft, Map<String, String> languageNames, MarkdownRenderer markdown) {
        getContent().addClassName("language-columns");
        for (String language : languagesShown(draft)) {
            ItemTextFields column = new ItemTextFields(kind, language, languageNames.getOrDefault(language, language), markdown);
            columns.add(column);
            getContent().add(column);
        }
    }

    /** The languages of the columns, in the order shown: the interface's, then the item's others. */
    static Set<String> languagesShown(ItemDraft draft) {
        Set<String> shown = new LinkedHashSet<>(Arrays.stream(UiLanguage.values()).map(UiLanguage::code).toList());
        shown.addAll(draft.texts().keySet());
        return shown;
    }

    /** The columns, one per language, in the order shown. */
    List<ItemTextFields> columns() {
        return List.copyOf(columns);
    }

    public void register(FieldErrors errors) {
        columns.forEach(column -> column.register(errors));
    }

    public void setValue(ItemDraft draft) {
        columns.forEach(column -> column.setValue(draft.texts().get(column.language())));
    }

    /** The draft with each language's text and state as the columns hold them. */
    public ItemDraft applyTo(ItemDraft draft) {
        ItemDraft changed = draft;
        for (ItemTextFields column : columns) {
            changed = changed.withText(column.language(), column.value()).withState(column.language(), column.state());
        }
        return changed;
    }
}
