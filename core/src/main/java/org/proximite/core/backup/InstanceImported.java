package org.proximite.core.backup;

import java.util.Set;

/**
 * A bundle replaced this instance's data (published after the commit). This instance follows at
 * once: its chapters, search index and caches; other instances on the same database are restarted.
 *
 * @param chapterIds the chapters this instance ran before and those the database records now
 */
public record InstanceImported(Set<String> chapterIds) {

    public InstanceImported {
        chapterIds = Set.copyOf(chapterIds);
    }
}
