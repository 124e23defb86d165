/**
 * Text as readers see it: Markdown turned into sanitised HTML. (Text garbled by a wrong encoding
 * is detected by the chapter format's {@code text} package, which editors and chapters share.)
 */
package org.proximite.core.text;
