package org.proximite.core.xliff;

import java.util.Locale;
import java.util.Optional;
import org.proximite.chapter.api.ChapterLayout;
import org.proximite.chapter.format.ItemKind;

/**
 * An item as a file of the export names it: its kind and its address, written
 * {@code practice:local-security-plan} in the {@code <file>}'s id (an XML name token).
 */
public record ItemKey(ItemKind kind, String slug) {

    /** The id of the item's {@code <file>}. */
    public String fileId() {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + slug;
    }

    /** The item a file id names; empty when it names no kind or no valid address. */
    public static Optional<ItemKey> ofFileId(String id) {
        int colon = id == null ? -1 : id.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String slug = id.substring(colon + 1);
        if (!ChapterLayout.isValidSlug(slug)) {
            return Optional.empty();
        }
        return switch (id.substring(0, colon)) {
            case "practice" -> Optional.of(new ItemKey(ItemKind.PRACTICE, slug));
            case "initiative" -> Optional.of(new ItemKey(ItemKind.INITIATIVE, slug));
            default -> Optional.empty();
        };
    }

    @Override
    public String toString() {
        return fileId();
    }
}
