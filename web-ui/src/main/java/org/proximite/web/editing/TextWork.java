package org.proximite.web.editing;

import org.proximite.core.content.ItemQueries;
import org.proximite.core.editing.EditorAutosaves;
import org.proximite.core.workflow.OutdatedTranslations;
import org.proximite.core.workflow.Revisions;
import org.proximite.core.workflow.TextWorkflow;
import org.springframework.stereotype.Component;

/**
 * The core's services for the work on texts beside saving them, as the editor uses them; its unsaved
 * drafts, kept; the item as stored, to say who saved it last; who else has the item open; and the
 * languages, followed while the editor is open; and the editors open on this instance, whose drafts a stop keeps.
 */
@Component
public record TextWork(TextWorkflow workflow, Revisions revisions, OutdatedTranslations outdated, EditorAutosaves autosaves, DraftJson json,
        ItemQueries items, PresenceNotices presence, org.proximite.web.i18n.OpenLanguageLists openLists,
        OpenEditors openEditors) {}
