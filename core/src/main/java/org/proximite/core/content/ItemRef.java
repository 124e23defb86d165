package org.proximite.core.content;

import org.proximite.chapter.format.ItemKind;

/** An item as the writer names it in the outbox and checks it against the actor's scopes. */
public record ItemRef(long id, ItemKind kind, String slug, String chapterId, String defaultLanguage) {}
