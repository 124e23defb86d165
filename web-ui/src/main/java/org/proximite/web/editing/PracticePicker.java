package org.proximite.web.editing;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.proximite.core.content.ContentLink;
import org.proximite.web.i18n.ComponentTexts;

/**
 * Practices chosen by title among the existing ones, as an editor links an item to them: each
 * title in the editor's language or else in the practice's own, and marked with the language it
 * is written in, so that a title in another language is read out in that one.
 */
public class PracticePicker extends MultiSelectComboBox<String> {

    private final Map<String, ContentLink> bySlug = new LinkedHashMap<>();

    /** @param links every practice, titled in the editor's language when it can be, in the order offered */
    public PracticePicker(String label, List<ContentLink> links) {
        links.forEach(link -> bySlug.put(link.slug(), link));
        setLabel(label);
        setItemLabelGenerator(this::titleOf);
        setRenderer(LitRenderer.<String>of("<span lang=\"${item.language}\">${item.title}</span>")
                .withProperty("title", this::titleOf)
                .withProperty("language", this::languageOf));
        ComponentTexts.translated(this);
        offerAllBut(null, List.of());
    }

    /** The practice's title as offered, or its slug for one that is gone. */
    public String titleOf(String slug) {
        ContentLink link = bySlug.get(slug);
        return link == null ? slug : link.title();
    }

    /** The language of the practice's title as offered; the page's for one that is gone, shown by its slug. */
    String languageOf(String slug) {
        ContentLink link = bySlug.get(slug);
        return link == null ? getLocale().getLanguage() : link.language();
    }

    /** Offers every practice but {@code self}, and those in {@code chosen} that are gone meanwhile, to be removed. */
    public void offerAllBut(String self, Collection<String> chosen) {
        List<String> choosable = new ArrayList<>(bySlug.keySet());
        choosable.remove(self);
        chosen.stream().filter(slug -> !choosable.contains(slug)).forEach(choosable::add);
        setItems(choosable);
    }
}
