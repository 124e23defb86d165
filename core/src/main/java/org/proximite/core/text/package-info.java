/**
 * Text as readers see it: Markdown turned into sanitised HTML, and text garbled by a wrong
 * encoding detected and, where the bytes survived, repaired.
 */
package org.proximite.core.text;
