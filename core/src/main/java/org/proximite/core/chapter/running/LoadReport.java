package org.proximite.core.chapter.running;

import java.util.List;

/**
 * What the start-up pass over the plugins folder did.
 *
 * @param started chapters running on this instance
 * @param restored chapters whose jar the folder lacked (or held other bytes of), written from the database
 * @param setAside files moved to {@code set-aside/} because the database does not record them
 * @param failed chapters that cannot run here, each with the reason
 */
public record LoadReport(List<String> started, List<String> restored, List<String> setAside, List<String> failed) {}
