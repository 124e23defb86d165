package org.proximite.core.textimport;

import static org.proximite.db.jooq.Tables.CONTENT_ITEM;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;
import org.proximite.chapter.api.ChapterLayout;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.actor.Actor;
import org.proximite.core.content.ItemDraft;
import org.proximite.core.content.ItemText;
import org.proximite.core.content.RevisionNote;
import org.proximite.core.initiative.InitiativeDraft;
import org.proximite.core.initiative.InitiativeEditing;
import org.proximite.core.language.LanguageQueries;
import org.proximite.core.practice.PracticeDraft;
import org.proximite.core.practice.PracticeEditing;
import org.proximite.core.textimport.reading.ImportFormat;
import org.proximite.core.textimport.reading.ImportRefusedException;
import org.proximite.core.textimport.reading.IncomingText;
import org.springframework.stereotype.Service;

/**
 * Import from the web, for people who may edit content: a preview of what was given (nothing is
 * saved), then, once the editor accepted it, a new practice or initiative whose texts are drafts,
 * one per language, saved by the kind's editing service in one transaction, or nothing.
 */
@Service
public class TextImport {

    private final DSLContext dsl;
    private final PracticeEditing practices;
    private final InitiativeEditing initiatives;
    private final LanguageQueries languages;

    public TextImport(DSLContext dsl, PracticeEditing practices, InitiativeEditing initiatives, LanguageQueries languages) {
        this.dsl = dsl;
        this.practices = practices;
        this.initiatives = initiatives;
        this.languages = languages;
    }

    /**
     * Who may import: people who may edit content. Kept in one place, so that a change of roles
     * changes this line only.
     */
    static void requireImporting(Actor actor) {
        // An import makes content of the site (no chapter): admins and coordinators.
        actor.requireEditing(null);
    }

    /**
     * The paragraphs of an uploaded file or a request's body, repaired, each with its language.
     *
     * @throws ImportRefusedException when the bytes are empty, too many, binary or undecodable
     * @throws org.proximite.core.actor.NotAllowedException when the actor may not import
     */
    public ImportPreview preview(Actor actor, byte[] bytes, ImportFormat format) {
        requireImporting(actor);
        return PreviewReader.read(IncomingText.decode(bytes), format);
    }

    /** The same for pasted text. */
    public ImportPreview preview(Actor actor, String pasted, ImportFormat format) {
        return preview(actor, pasted.getBytes(StandardCharsets.UTF_8), format);
    }

    /**
     * Saves accepted paragraphs as a new item whose texts are drafts, one per language; the
     * default language is that of the first paragraph kept. Each text's first revision notes the
     * import of its language's paragraphs ({@link ImportNote}): how many, which were repaired,
     * written by hand, or refused (left out), by their number in the preview.
     *
     * @param slug the new item's address; blank to make one from its title
     * @param paragraphs every paragraph of the preview, in its order, as the editor decided them (refused ones are left out)
     * @param fallbackLanguage the language of the paragraphs when none has one
     * @throws ImportRefusedException when there is nothing to save (every paragraph empty or refused) or a language is not a content language
     * @throws org.proximite.core.editing.InvalidEditException when a text breaks the kind's rules; nothing is saved
     * @throws org.proximite.core.actor.NotAllowedException when the actor may not import or edit
     */
    public ImportedItem createDraft(Actor actor, ItemKind kind, String slug, List<ImportedParagraph> paragraphs, String fallbackLanguage) {
        requireImporting(actor);
        if (paragraphs.stream().allMatch(paragraph -> paragraph.refused() || paragraph.text().isBlank())) {
            boolean someRefused = paragraphs.stream().anyMatch(ImportedParagraph::refused);
            throw new ImportRefusedException(someRefused ? ImportRefusedException.ALL_REFUSED : ImportRefusedException.EMPTY);
        }
        Map<String, ItemText> texts = DraftTexts.of(kind, paragraphs, fallbackLanguage);
        for (String language : texts.keySet()) {
            if (!languages.isKnown(language)) {
                throw new ImportRefusedException(ImportRefusedException.LANGUAGE, language);
            }
        }
        String defaultLanguage = texts.keySet().iterator().next();
        String address = slug == null || slug.isBlank() ? freeSlug(kind, texts.get(defaultLanguage).title()) : slug.strip();
        ItemDraft item = ItemDraft.blank(defaultLanguage).with(address, defaultLanguage, false, List.of());
        for (Map.Entry<String, ItemText> text : texts.entrySet()) {
            item = item.withText(text.getKey(), text.getValue());
        }
        // The history of each text says that it was imported, and what the editor decided for its language's paragraphs.
        Map<String, RevisionNote> notes = ImportNote.byLanguage(paragraphs, List.copyOf(texts.keySet()), fallbackLanguage);
        String saved = switch (kind) {
            case PRACTICE -> practices.save(PracticeDraft.blank(defaultLanguage).withItem(item), actor, notes).draft().slug();
            case INITIATIVE -> initiatives.save(InitiativeDraft.blank(defaultLanguage).withItem(item), actor, notes).slug();
        };
        return new ImportedItem(kind, saved, defaultLanguage, new ArrayList<>(texts.keySet()));
    }

    /** An address made of the title's words, not used yet by an item of this kind. */
    private String freeSlug(ItemKind kind, String title) {
        String base = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (base.length() > ChapterLayout.SLUG_MAX_LENGTH - 4) {
            base = base.substring(0, ChapterLayout.SLUG_MAX_LENGTH - 4).replaceAll("-[^-]*$", "");
        }
        if (base.length() < 2) {
            base = "import";
        }
        String candidate = base;
        for (int n = 2; taken(kind, candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    private boolean taken(ItemKind kind, String slug) {
        return dsl.fetchExists(CONTENT_ITEM, CONTENT_ITEM.KIND.eq(kind.name()).and(CONTENT_ITEM.SLUG.eq(slug)));
    }
}
