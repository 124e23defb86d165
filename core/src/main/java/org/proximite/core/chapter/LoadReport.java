package org.proximite.core.chapter;

import java.util.List;

/**
 * What a start-up pass over the plugins folder did.
 *
 * @param imported chapters installed or upgraded
 * @param unchanged chapters already imported at that version
 * @param failed jars skipped, each with the reason
 */
public record LoadReport(List<String> imported, List<String> unchanged, List<String> failed) {}
