/**
 * Text that was UTF-8 but was decoded with a single-byte code page (Windows-1252, Windows-1250,
 * Latin-1, Latin-2, Latin-9, Latin-10) and saved again, repaired run by run: each stretch of
 * non-ASCII characters is read back to its bytes and decoded as UTF-8, and the reading is kept
 * only when it is more plausible than what was there. Sequences whose bytes were lost (invisible
 * control characters dropped on the way, {@code lâoccasion}) are repaired by a few explicit guesses
 * that say they are guesses. Clean text is left as it is. No Spring, no database.
 */
package org.proximite.core.textimport.repair;
