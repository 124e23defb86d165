package org.proximite.web.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.proximite.chapter.api.EvidenceLevel;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.actor.Actor;
import org.proximite.core.actor.Role;
import org.proximite.core.content.ItemDraft;
import org.proximite.core.content.ItemText;
import org.proximite.core.content.TextState;
import org.proximite.core.initiative.InitiativeDraft;
import org.proximite.core.practice.PracticeDraft;

/** Drafts of practices and initiatives as tests save them through the editing services, as a coordinator would. */
public final class Drafts {

    public static final Actor COORDINATOR = Actor.user("coordinator", Set.of(Role.COORDINATOR));

    /** An admin, who installs and manages chapters. */
    public static final Actor ADMIN = Actor.user("admin", Set.of(Role.ADMIN, Role.COORDINATOR));

    private Drafts() {}

    /** A new practice, published, written only in French. */
    public static PracticeDraft frenchPractice(String slug, List<String> themes, String title, String summary) {
        return new PracticeDraft(frenchItem(ItemKind.PRACTICE, slug, themes, title, summary), EvidenceLevel.PRACTICE_BASED);
    }

    /** A new initiative (an event), published, written only in French. */
    public static InitiativeDraft frenchInitiative(String slug, String title, String summary) {
        return InitiativeDraft.blank("fr").withItem(frenchItem(ItemKind.INITIATIVE, slug, List.of(), title, summary));
    }

    private static ItemDraft frenchItem(ItemKind kind, String slug, List<String> themes, String title, String summary) {
        return ItemDraft.blank("fr").with(slug, "fr", false, themes)
                .withText("fr", ItemText.of(kind, Map.of("title", title, "summary", summary)))
                .withState("fr", TextState.PUBLISHED);
    }

    /** The practice with a published text in one more language. */
    public static PracticeDraft translated(PracticeDraft draft, String language, String title, String summary) {
        return draft.withItem(draft.item().withText(language, ItemText.of(ItemKind.PRACTICE, Map.of("title", title, "summary", summary)))
                .withState(language, TextState.PUBLISHED));
    }

    /** The item archived: hidden from readers, kept for editors. */
    public static ItemDraft archived(ItemDraft item) {
        return item.with(item.slug(), item.defaultLanguage(), true, item.themeSlugs());
    }

    /** The draft with a new title in one language. */
    public static PracticeDraft retitled(PracticeDraft draft, String language, String title) {
        Map<String, String> fields = new HashMap<>(draft.item().text(language).fields());
        fields.put("title", title);
        return draft.withItem(draft.item().withText(language, ItemText.of(ItemKind.PRACTICE, fields)));
    }

    /** The draft with one field of one language's text changed. */
    public static PracticeDraft withField(PracticeDraft draft, String language, String field, String value) {
        Map<String, String> fields = new HashMap<>(draft.item().text(language).fields());
        fields.put(field, value);
        return draft.withItem(draft.item().withText(language, ItemText.of(ItemKind.PRACTICE, fields)));
    }
}
