package org.proximite.core.testing;

import static org.proximite.db.jooq.Tables.CONTENT_ITEM;
import static org.proximite.db.jooq.Tables.CONTENT_TEXT;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.actor.Actor;
import org.proximite.core.actor.Role;
import org.proximite.core.content.ItemDraft;
import org.proximite.core.content.ItemText;

/** Edits and counts of content as tests need them, through the services a coordinator uses. */
public final class ContentFixtures {

    /** A coordinator who may edit every chapter's content. */
    public static final Actor COORDINATOR = Actor.user("coordinator", Set.of(Role.COORDINATOR));

    private ContentFixtures() {}

    /** The draft with one field of one language changed. */
    public static ItemDraft withField(ItemKind kind, ItemDraft draft, String language, String field, String value) {
        Map<String, String> fields = new HashMap<>(draft.text(language).fields());
        fields.put(field, value);
        return draft.withText(language, ItemText.of(kind, fields));
    }

    /** A coordinator saves one field of one language of a practice. */
    public static void editPractice(CoreServices core, String slug, String language, String field, String value) {
        var draft = core.practiceEditing().load(slug);
        core.practiceEditing().save(draft.withItem(withField(ItemKind.PRACTICE, draft.item(), language, field, value)), COORDINATOR);
    }

    /** A coordinator saves one field of one language of an initiative. */
    public static void editInitiative(CoreServices core, String slug, String language, String field, String value) {
        var draft = core.initiativeEditing().load(slug);
        core.initiativeEditing().save(draft.withItem(withField(ItemKind.INITIATIVE, draft.item(), language, field, value)), COORDINATOR);
    }

    public static int items(DSLContext dsl, ItemKind kind) {
        return dsl.fetchCount(CONTENT_ITEM, CONTENT_ITEM.KIND.eq(kind.name()));
    }

    public static int texts(DSLContext dsl, ItemKind kind) {
        return dsl.fetchCount(CONTENT_TEXT.join(CONTENT_ITEM).on(CONTENT_ITEM.ID.eq(CONTENT_TEXT.ITEM_ID)), CONTENT_ITEM.KIND.eq(kind.name()));
    }
}
