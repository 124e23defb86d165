package org.proximite.core.textimport;

import java.util.List;
import org.proximite.chapter.format.ItemKind;

/** The draft an import created: its kind and address, and the languages it has texts in, the default one first. */
public record ImportedItem(ItemKind kind, String slug, String defaultLanguage, List<String> languages) {

    public ImportedItem {
        languages = List.copyOf(languages);
    }
}
