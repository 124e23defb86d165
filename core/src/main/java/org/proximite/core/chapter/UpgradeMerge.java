package org.proximite.core.chapter;

import java.util.Map;
import org.proximite.chapter.api.ChapterContent;

/**
 * What an upgrade needs to merge the new version with edits made on the site: the installed
 * version's content, and how a person settled each conflict (by {@link TextConflict#key()}).
 */
public record UpgradeMerge(ChapterContent previous, Map<String, TextConflict.Resolution> resolutions) {}
