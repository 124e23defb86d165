package org.proximite.core.search;

import java.time.Instant;

/**
 * Where the index stands, for the people who rebuild it.
 *
 * @param building whether a build runs now
 * @param done items indexed so far by the running build (or by the last one)
 * @param total items that build goes through
 * @param documents items the index answers from now
 * @param builtAt when the last build ended, null before the first
 */
public record IndexStatus(boolean building, int done, int total, int documents, Instant builtAt) {}
