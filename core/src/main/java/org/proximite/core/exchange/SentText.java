package org.proximite.core.exchange;

import org.proximite.core.content.ItemText;
import org.proximite.core.content.TextState;

/**
 * One language's text as a tool sends it back.
 *
 * @param state the state asked for; null keeps the state it was read in
 * @param version the version it was read at (0 for a language the tool adds)
 * @param text its fields; a field left out is removed
 */
public record SentText(TextState state, int version, ItemText text) {}
