package org.proximite.web.editing;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.proximite.chapter.api.ChapterLayout;
import org.proximite.core.content.ItemDraft;

/**
 * What every item has besides its texts, as an editor changes it: its address (slug), its default
 * language, and whether it is archived (hidden from readers, kept for editors).
 */
public class ItemHeaderFields extends Composite<Div> {

    private final TextField slug = new TextField();
    private final Select<String> defaultLanguage = new Select<>();
    private final Checkbox archived = new Checkbox();

    /** @param languageNames the languages content can be written in, by code, with their own names */
    public ItemHeaderFields(Map<String, String> languageNames) {
        slug.setLabel(getTranslation("editor.slug"));
        slug.setHelperText(getTranslation("editor.slug.help"));
        // Not cut by the browser: a pasted address stays whole, and says when it is too long.
        LengthLimit.on(slug, ChapterLayout.SLUG_MAX_LENGTH, false);
        slug.setRequiredIndicatorVisible(true);
        slug.addClassName("field-slug");
        defaultLanguage.setLabel(getTranslation("editor.default-language"));
        defaultLanguage.setItems(new ArrayList<>(languageNames.keySet()));
        defaultLanguage.setItemLabelGenerator(code -> languageNames.getOrDefault(code, code));
        archived.setLabel(getTranslation("editor.archived"));
        archived.addClassName("field-archived");
        getContent().addClassName("editor-meta");
        getContent().add(slug, defaultLanguage, archived);
    }

    /** The languages content can be written in now; the one chosen stays chosen. */
    public void offerLanguages(Map<String, String> languageNames) {
        String chosen = defaultLanguage.getValue();
        List<String> codes = new ArrayList<>(languageNames.keySet());
        if (chosen != null && !codes.contains(chosen)) {
            codes.add(chosen);
        }
        defaultLanguage.setItems(codes);
        defaultLanguage.setValue(chosen);
    }

    public void register(FieldErrors errors) {
        errors.register("slug", slug);
        errors.register("defaultLanguage", defaultLanguage);
    }

    public void setValue(ItemDraft draft) {
        slug.setValue(draft.slug());
        defaultLanguage.setValue(draft.defaultLanguage());
        archived.setValue(draft.archived());
    }

    public ItemDraft applyTo(ItemDraft draft) {
        return draft.with(slug.getValue().strip(), defaultLanguage.getValue(), archived.getValue(), draft.themeSlugs());
    }
}
