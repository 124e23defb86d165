package org.proximite.web.content;

import java.util.Locale;
import org.proximite.chapter.format.ItemKind;

/** Message keys that differ only by the item's kind: {@code practice.edit}, {@code initiative.not-found}. */
public final class KindKeys {

    private KindKeys() {}

    public static String of(ItemKind kind, String suffix) {
        return kind.name().toLowerCase(Locale.ROOT) + "." + suffix;
    }
}
