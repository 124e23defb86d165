package org.proximite.core.textimport.repair;

/**
 * One change made to a text.
 *
 * @param position where the original text changed, in characters from its start
 * @param from the characters there in the original
 * @param to what they became
 * @param guessed true when bytes had been lost and the repair is the likely reading, not a certain
 *     one: a person should look at it
 */
public record Repair(int position, String from, String to, boolean guessed) {}
